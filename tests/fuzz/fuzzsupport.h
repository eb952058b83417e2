#pragma once

// Shared by the fuzz targets (libFuzzer) and their replay as ordinary tests (replay_main.cpp).

#include <QByteArray>
#include <QHashSeed>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace em::fuzz {

// Parsers qWarning on bad input, which is what a fuzzer feeds them all day: drop Qt's
// messages unless EM_FUZZ_VERBOSE is set. qFatal still aborts after the handler.
inline void quietQtMessages()
{
    if (qEnvironmentVariableIsSet("EM_FUZZ_VERBOSE"))
        return;
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

// The same input must take the same path on every run: QHash is seeded per process.
inline void makeDeterministic()
{
    QHashSeed::setDeterministicGlobalSeed();
}

// The input as the application's callers hand it over: an owning QByteArray, NUL-terminated
// as every QByteArray read from a socket or file is. fromRawData would flag code that relies
// on that terminator, which never fails in the application.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Picks one of count decoders from a byte: the digits '0'..'9' name decoder 0..9 directly,
// so that hand-written seeds stay readable text; any other byte picks byte % count.
inline int pick(uint8_t byte, int count)
{
    if (byte >= '0' && byte <= '9' && byte - '0' < count)
        return byte - '0';
    return byte % count;
}

// A documented property of a decoder does not hold: abort, so that libFuzzer keeps the
// input as a crash (the replay test fails the same way).
[[noreturn]] inline void fail(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace em::fuzz

#define EM_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::em::fuzz::fail(__FILE__, __LINE__, #condition);                                                          \
    } while (false)
