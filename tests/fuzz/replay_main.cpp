// Runs a fuzz target's LLVMFuzzerTestOneInput over files, without libFuzzer: the seeds and
// the regression inputs become an ordinary test in every build (GCC included).
//   em_fuzzreplay_NAME [-timeout=SECONDS] PATH...
// Each PATH is a file or a directory (recursively, sorted); files whose name starts with a
// dot (.gitkeep) and README files are skipped. As with libFuzzer, an input that runs longer
// than -timeout fails (exit 1): a regression can be "too slow" too. Exits 2 when a path does
// not exist or nothing at all was run, so that a wrong path in CMake fails.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a target, as in libFuzzer: weak, so it is null when the target has none.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

namespace fs = std::filesystem;

bool skipped(const fs::path &path)
{
    const std::string name = path.filename().string();
    return name.empty() || name.front() == '.' || name.rfind("README", 0) == 0;
}

bool collect(const fs::path &path, std::vector<fs::path> *out)
{
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
        out->push_back(path);
        return true;
    }
    if (!fs::is_directory(path, error)) {
        std::fprintf(stderr, "em_fuzzreplay: no such file or directory: %s\n", path.c_str());
        return false;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file(error) && !skipped(it->path()))
            found.push_back(it->path());
    if (error) {
        std::fprintf(stderr, "em_fuzzreplay: cannot list %s: %s\n", path.c_str(), error.message().c_str());
        return false;
    }
    std::sort(found.begin(), found.end());
    out->insert(out->end(), found.begin(), found.end());
    return true;
}

bool readFile(const fs::path &path, std::vector<char> *out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> inputs;
    bool pathsOk = true;
    double timeoutSeconds = 0; // none
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("-timeout=", 0) == 0)
            timeoutSeconds = std::atof(arg.c_str() + 9);
        else if (arg.front() != '-') // other libFuzzer flags (-runs=, -max_len=...) mean nothing here
            pathsOk = collect(arg, &inputs) && pathsOk;
    }
    if (!pathsOk)
        return 2;
    if (inputs.empty()) {
        std::fprintf(stderr, "em_fuzzreplay: no input to run (usage: %s FILE_OR_DIR...)\n", argv[0]);
        return 2;
    }
    std::vector<char> bytes;
    for (const fs::path &path : inputs) {
        if (!readFile(path, &bytes)) {
            std::fprintf(stderr, "em_fuzzreplay: cannot read %s\n", path.c_str());
            return 2;
        }
        // Named before it runs: a crash report then says which input it was.
        std::fprintf(stderr, "Running: %s\n", path.c_str());
        // A heap block of exactly the input's size, as libFuzzer gives: ASan sees overreads.
        std::unique_ptr<uint8_t[]> data(new uint8_t[bytes.size()]);
        std::copy(bytes.begin(), bytes.end(), data.get());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(data.get(), bytes.size());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (timeoutSeconds > 0 && seconds > timeoutSeconds) {
            std::fprintf(stderr, "em_fuzzreplay: %s took %.1f s, more than -timeout=%g\n", path.c_str(), seconds,
                         timeoutSeconds);
            return 1;
        }
    }
    std::printf("em_fuzzreplay: %zu inputs run\n", inputs.size());
    return 0;
}
