// Conformance of the emulator's graph endpoints (filled in with the API).
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em::sandbox;

TEST(SandboxGraph, AnswersWithAValidToken)
{
    Sandbox sandbox(SandboxOptions{1, 5, {}, {}, 3600, {}});
    em::test::SandboxClient client(sandbox);
    const QString user = QStringLiteral("graph" == QLatin1String("gmail") ? "alice.sandbox@gmail.com" : "bob.sandbox@outlook.com");
    const QString token = client.accessToken(user);
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse r = client.get(QStringLiteral("graph" == QLatin1String("gmail") ? "/gmail/v1/users/me/profile" : "/v1.0/me"), token);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(client.get(QStringLiteral("graph" == QLatin1String("gmail") ? "/gmail/v1/users/me/profile" : "/v1.0/me"), QStringLiteral("bogus")).status, 401);
}
