#pragma once

namespace cli {

// The process exit codes of every command; documented in the help text and README.
enum ExitCode : int {
    ExitOk = 0,
    ExitDifferences = 1, // format --check: some file would change
    ExitUsage = 2, // bad arguments, address, pointer or JSON; unparseable file; not a connector
    ExitIoError = 3, // a file could not be written
};

} // namespace cli
