#include "crashsafety.h"

#include <QtGlobal>

#include <sys/prctl.h>

namespace em::util {

bool forbidCoreDumps()
{
    if (qEnvironmentVariableIntValue("EMAIL_MANAGER_CORE_DUMPS") == 1)
        return true;
    // Not dumpable: the kernel writes no core file and runs no core_pattern pipe for it
    // (unless an administrator set fs.suid_dumpable=2, and then only root can read it).
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace em::util
