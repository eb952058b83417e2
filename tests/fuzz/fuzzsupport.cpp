// The set-up every fuzz target shares, defined once: libFuzzer calls it before the first
// input, replay_main.cpp before replaying the seeds and regressions.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    em::fuzz::quietQtMessages();
    em::fuzz::makeDeterministic();
    return 0;
}
