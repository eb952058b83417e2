#pragma once

namespace em::util {

// Keeps secrets out of crash output: a process that holds access and refresh tokens in
// memory must never leave them in a core file (or hand them to a crash collector). Marks
// the process not dumpable, as ssh-agent and gpg-agent do, which also keeps other
// processes of the user from attaching a debugger to read its memory. Does not reach
// programs started later (exec resets it), so the browser and viewers are unaffected.
// EMAIL_MANAGER_CORE_DUMPS=1 leaves the process dumpable for debugging a crash.
// Returns false (and changes nothing) when the setting was refused by the kernel.
bool forbidCoreDumps();

} // namespace em::util
