#include "cli.h"

int main(int argc, char *argv[])
{
    return caredesk::cli::run(argc, argv);
}
