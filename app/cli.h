#pragma once

namespace caredesk::cli {

/// Runs `caredesk-cli` and returns its exit code (see docs/cli.md).
int run(int argc, char *argv[]);

} // namespace caredesk::cli
