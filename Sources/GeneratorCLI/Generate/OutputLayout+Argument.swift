import ArgumentParser
import SpecwrightGenerator

extension OutputLayout: ExpressibleByArgument {}
