#!/usr/bin/env python3
"""Writes the validator comparison's instances: 20,000 per schema, seeded, about one in ten invalid.

    make_instances.py OUTPUT_DIR [COUNT] [SEED]

Each OUTPUT_DIR/<schema>.instances.json is a JSON array. Invalid instances break one rule (a missing required
property, a wrong type, a value outside an enum, a too-long string, an unknown property), so both validators
have to look at the whole instance. The sizes follow the issue: Adyen ~4 KB, OpenAI ~97 B, Revolut ~462 B.
"""
import json
import random
import sys

out_dir = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 12)

WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def word():
    return rng.choice(WORDS)


def text(n):
    return " ".join(word() for _ in range(n))


def date_time():
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"


def amount():
    return {"currency": rng.choice(["EUR", "USD", "GBP"]), "value": rng.randint(1, 100_000)}


def address():
    return {"city": word().title(), "country": rng.choice(["NL", "DE", "US"]), "houseNumberOrName": str(rng.randint(1, 300)),
            "postalCode": f"{rng.randint(1000, 9999)}AB", "street": f"{word().title()}straat", "stateOrProvince": word().upper()[:2]}


def name():
    return {"firstName": word().title(), "lastName": word().title()}


def adyen():
    request = {
        "amount": amount(), "merchantAccount": "SpecwrightECOM", "reference": f"order-{rng.randint(1, 10**9)}",
        "returnUrl": f"https://shop.example.com/checkout/return?ref={rng.randint(1, 10**6)}",
        "paymentMethod": {"type": "scheme", "encryptedCardNumber": "adyenjs_0_1_25$" + "x" * 200,
                          "encryptedExpiryMonth": "adyenjs_0_1_25$" + "m" * 150, "encryptedExpiryYear": "adyenjs_0_1_25$" + "y" * 150,
                          "encryptedSecurityCode": "adyenjs_0_1_25$" + "c" * 150, "holderName": f"{word().title()} {word().title()}"},
        "billingAddress": address(), "deliveryAddress": address(), "shopperName": name(),
        "shopperEmail": f"{word()}.{word()}@example.com", "shopperIP": f"192.0.2.{rng.randint(1, 254)}",
        "shopperReference": f"shopper-{rng.randint(1000, 99999)}", "shopperLocale": "nl_NL", "countryCode": "NL",
        "shopperInteraction": "Ecommerce", "recurringProcessingModel": "CardOnFile", "storePaymentMethod": rng.random() < 0.5,
        "channel": "Web", "origin": "https://shop.example.com", "telephoneNumber": f"+31{rng.randint(10**8, 10**9 - 1)}",
        "dateOfBirth": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "browserInfo": {"acceptHeader": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "colorDepth": 24,
                        "javaEnabled": False, "language": "nl-NL", "screenHeight": 1080, "screenWidth": 1920,
                        "timeZoneOffset": -60, "userAgent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"},
        "accountInfo": {"accountAgeIndicator": "moreThan60Days", "accountCreationDate": date_time(), "pastTransactionsDay": rng.randint(0, 5),
                        "mobilePhone": {"cc": "31", "subscriber": str(rng.randint(10**8, 10**9 - 1))}},
        "merchantRiskIndicator": {"deliveryAddressIndicator": "shipToBillingAddress", "deliveryTimeframe": "twoOrMoreDaysShipping",
                                  "reorderItems": False, "addressMatch": True},
        "lineItems": [{"id": f"item-{i}", "description": text(6), "quantity": rng.randint(1, 4), "amountIncludingTax": rng.randint(100, 9000),
                       "amountExcludingTax": rng.randint(100, 9000), "taxPercentage": 2100, "sku": f"SKU-{rng.randint(1, 99999)}",
                       "productUrl": f"https://shop.example.com/p/{i}", "imageUrl": f"https://cdn.example.com/p/{i}.jpg"}
                      for i in range(rng.randint(3, 6))],
        "metadata": {f"key{i}": word() for i in range(rng.randint(2, 6))},
        "additionalData": {"riskdata.basket.item1.sku": "SKU-1", "riskdata.basket.item1.quantity": "1"},
        "applicationInfo": {"adyenLibrary": {"name": "adyen-swift", "version": "1.0.0"},
                            "merchantApplication": {"name": "shop", "version": "4.2.0"}},
        "authenticationData": {"threeDSRequestData": {"nativeThreeDS": "preferred"}},
        "riskData": {"clientData": "eyJ2ZXJzaW9uIjoiMS4wLjAiLCJkZXZpY2VGaW5nZXJwcmludCI6IjEifQ" * 2, "profileReference": "default"},
        "threeDS2RequestData": {"deviceChannel": "browser", "threeDSRequestorChallengeInd": "01"},
        "splits": [{"type": "BalanceAccount", "account": f"BA{rng.randint(10**8, 10**9)}", "amount": {"value": rng.randint(1, 900)},
                    "reference": f"split-{i}"} for i in range(2)],
        "deliveryDate": date_time(), "merchantOrderReference": f"MOR-{rng.randint(1, 10**6)}", "captureDelayHours": 0,
    }
    return request


def adyen_broken(request):
    kind = rng.randrange(5)
    if kind == 0:
        del request["merchantAccount"]
    elif kind == 1:
        request["amount"]["value"] = "100"
    elif kind == 2:
        request["shopperInteraction"] = "Telephone"
    elif kind == 3:
        request["lineItems"][-1]["quantity"] = -1
    else:
        request["merchantAccountCode"] = "typo"
    return request


def openai():
    kind = rng.randrange(10)
    if kind < 6:
        return {"role": "user", "content": "What is the weather in " + rng.choice(["Paris", "Berlin", "Lisbon"]) + " today? " + text(6)}
    if kind < 8:
        return {"role": "assistant", "content": "It is sunny, " + str(rng.randint(10, 30)) + " degrees. " + text(5)}
    if kind == 8:
        return {"role": "system", "content": "You are a concise assistant. " + text(6)}
    return {"role": "tool", "tool_call_id": f"call_{rng.randint(10**6, 10**7)}", "content": text(6)}


def openai_broken(message):
    kind = rng.randrange(4)
    if kind == 0:
        message["role"] = "moderator"
    elif kind == 1:
        del message["role"]
    elif kind == 2:
        message["content"] = 42
    else:
        message["temperature"] = 0.2
    return message


def line_item():
    item = {"name": text(2).title(), "type": rng.choice(["physical", "service"]),
            "quantity": {"value": rng.randint(1, 5), "unit": "pcs"}, "unit_price_amount": rng.randint(100, 9999),
            "total_amount": rng.randint(100, 50000), "external_id": f"sku-{rng.randint(1, 10**6)}"}
    if rng.random() < 0.5:
        item["taxes"] = [{"name": "VAT", "amount": rng.randint(10, 900)}]
    if rng.random() < 0.3:
        item["discounts"] = [{"name": "spring", "amount": rng.randint(10, 900)}]
    if rng.random() < 0.3:
        item["image_urls"] = [f"https://cdn.example.com/i/{rng.randint(1, 10**5)}.png"]
    return item


def revolut():
    return [line_item() for _ in range(rng.choice([2, 2, 3]))]


def revolut_broken(items):
    kind = rng.randrange(4)
    if kind == 0:
        del items[-1]["total_amount"]
    elif kind == 1:
        items[-1]["type"] = "digital"
    elif kind == 2:
        items[-1]["quantity"]["value"] = 0
    else:
        items[-1]["name"] = ""
    return items


for schema, make, broken in [("adyen-payment-request", adyen, adyen_broken), ("openai-chat-message", openai, openai_broken),
                             ("revolut-line-items", revolut, revolut_broken)]:
    instances = [broken(make()) if rng.random() < 0.1 else make() for _ in range(count)]
    with open(f"{out_dir}/{schema}.instances.json", "w") as file:
        json.dump(instances, file, separators=(",", ":"))
    size = sum(len(json.dumps(i, separators=(",", ":"))) for i in instances) // count
    print(f"{schema}: {count} instances, {size} bytes on average")
