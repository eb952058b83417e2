// The quota window and the retry rules of the HTTP layer, on a clock of our own.
#include "net/quotawindow.h"
#include "net/retrypolicy.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em::net;

TEST(QuotaWindow, FillsToCapacityThenWaitsExactlyForTheOldestCharges)
{
    QuotaWindow q(100, 60000);
    for (int i = 0; i < 20; ++i) {
        ASSERT_EQ(q.delayFor(5, 1000 + i), 0) << i;
        q.charge(5, 1000 + i);
    }
    EXPECT_EQ(q.used(1020), 100);
    // Full: the next 5 units fit when the first charge (at 1000 ms) leaves the window.
    EXPECT_EQ(q.delayFor(5, 2000), 1000 + 60000 - 2000);
    // 12 units need the first three charges gone (t = 1002).
    EXPECT_EQ(q.delayFor(12, 2000), 1002 + 60000 - 2000);
    EXPECT_EQ(q.delayFor(5, 61000), 0);
    EXPECT_EQ(q.used(61000), 95);
}

TEST(QuotaWindow, NoWindowEverHoldsMoreThanTheCapacity)
{
    QuotaWindow q(15000, 60000);
    // A client sending as fast as allowed with Gmail's costs for ten minutes.
    const int costs[] = {5, 5, 5, 2, 1, 50, 100, 5};
    QList<QPair<qint64, int>> sent;
    qint64 t = 0;
    for (int i = 0; t < 600000; ++i) {
        const int units = costs[i % 8];
        t += q.delayFor(units, t);
        q.charge(units, t);
        sent.append({t, units});
        t += 3; // a little time passes between requests
    }
    int worst = 0;
    qint64 total = 0;
    for (int a = 0, b = 0; b < sent.size(); ++b) {
        total += sent[b].second;
        while (sent[a].first + 60000 <= sent[b].first)
            total -= sent[a++].second;
        worst = qMax<int>(worst, int(total));
    }
    EXPECT_LE(worst, 15000);
    EXPECT_GE(worst, 14900); // and nothing much is left unused
}

TEST(QuotaWindow, PacedRequestsComeEvenlyAndNoWindowHoldsMoreThanTheCapacity)
{
    // Gmail batches of 250 units against 15,000 a minute: one every ~1.03 s, not sixty at once.
    QuotaWindow q(15000, 60000, 250);
    QList<qint64> times;
    qint64 t = 0;
    while (t < 300000) {
        t += q.delayFor(250, t);
        q.charge(250, t);
        times.append(t);
        t += 1;
    }
    // A window's worth goes at once (60 batches), then the pace is (15000 - 250) a minute.
    EXPECT_EQ(times.at(59), 59);
    EXPECT_GE(times.at(60), 60000);
    const double gap = double(times.last() - times.at(70)) / double(times.size() - 71);
    EXPECT_NEAR(gap, 60000.0 / (14750.0 / 250.0), 5.0);
    int worst = 0;
    for (int a = 0, b = 0; b < times.size(); ++b) {
        while (times[a] + 60000 <= times[b])
            ++a;
        worst = qMax(worst, (b - a + 1) * 250);
    }
    EXPECT_LE(worst, 15000);
    EXPECT_GE(worst, 14500);
    // A late wake-up is made up for (up to a second burst), not lost.
    QuotaWindow late(15000, 60000, 250);
    late.charge(250, 0);
    late.charge(250, 0);
    EXPECT_EQ(late.delayFor(250, 5000), 0);
    late.charge(250, 5000);
    EXPECT_EQ(late.delayFor(250, 5000), 0);
}

TEST(QuotaWindow, MoreThanTheCapacityGoesAloneIntoAnEmptyWindow)
{
    QuotaWindow q(10, 1000);
    q.charge(4, 0);
    EXPECT_EQ(q.delayFor(50, 10), 990);
    EXPECT_EQ(q.delayFor(50, 1000), 0);
}

TEST(Retry, WhatIsWorthAnotherTry)
{
    const QByteArray rate = R"({"error":{"code":403,"errors":[{"reason":"userRateLimitExceeded"}]}})";
    const QByteArray denied = R"({"error":{"code":403,"errors":[{"reason":"insufficientPermissions"}]}})";
    EXPECT_EQ(shouldRetry(429, QNetworkReply::NoError, {}, false), Retry::Yes);
    EXPECT_EQ(shouldRetry(503, QNetworkReply::NoError, {}, false), Retry::Yes);
    EXPECT_EQ(shouldRetry(403, QNetworkReply::NoError, rate, true), Retry::Yes);
    EXPECT_EQ(shouldRetry(403, QNetworkReply::NoError, denied, true), Retry::No);
    EXPECT_EQ(shouldRetry(500, QNetworkReply::NoError, {}, true), Retry::Yes);
    EXPECT_EQ(shouldRetry(0, QNetworkReply::SslHandshakeFailedError, {}, true), Retry::No);
    EXPECT_EQ(shouldRetry(500, QNetworkReply::NoError, {}, false), Retry::No); // a send may have happened
    EXPECT_EQ(shouldRetry(0, QNetworkReply::RemoteHostClosedError, {}, true), Retry::Yes);
    EXPECT_EQ(shouldRetry(0, QNetworkReply::RemoteHostClosedError, {}, false), Retry::No);
    EXPECT_EQ(shouldRetry(0, QNetworkReply::ConnectionRefusedError, {}, false), Retry::Yes);
    EXPECT_EQ(shouldRetry(0, QNetworkReply::OperationCanceledError, {}, true), Retry::Yes); // transfer timeout
    EXPECT_EQ(shouldRetry(0, QNetworkReply::OperationCanceledError, {}, false), Retry::No);
    EXPECT_EQ(shouldRetry(404, QNetworkReply::NoError, {}, true), Retry::No);
    EXPECT_EQ(shouldRetry(400, QNetworkReply::NoError, {}, true), Retry::No);
}

TEST(Retry, DelayHonoursRetryAfterElseBacksOffWithJitter)
{
    const RetryPolicy p{6, 500, 8000};
    EXPECT_EQ(retryDelayMs(p, 2, "7", 0.5, 0), 7000);
    const qint64 now = QDateTime(QDate(2026, 11, 27), QTime(8, 0, 0), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(retryDelayMs(p, 2, "Fri, 27 Nov 2026 08:00:30 GMT", 0.5, now), 30000);
    // Exponential, each in [ceiling/2, ceiling]: 500, 1000, 2000, 4000, then the cap.
    EXPECT_EQ(retryDelayMs(p, 2, {}, 0.0, 0), 250);
    EXPECT_EQ(retryDelayMs(p, 2, {}, 0.999999, 0), 499);
    EXPECT_EQ(retryDelayMs(p, 3, {}, 0.0, 0), 500);
    EXPECT_EQ(retryDelayMs(p, 5, {}, 0.0, 0), 2000);
    EXPECT_EQ(retryDelayMs(p, 9, {}, 0.0, 0), 4000);
    EXPECT_EQ(retryDelayMs(p, 2, "garbage", 0.0, 0), 250); // unreadable: back off as usual
}
