// Conformance of the emulator's Microsoft Graph v1.0 mail endpoints.
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em::sandbox;

TEST(SandboxGraph, MeNeedsAValidToken)
{
    Sandbox sandbox(SandboxOptions{1, 5, {}, {}, 3600, {}});
    em::test::SandboxClient client(sandbox);
    const QString token = client.accessToken(QStringLiteral("bob.sandbox@outlook.com"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(client.get(QStringLiteral("/v1.0/me"), token).status, 200);
    EXPECT_EQ(client.get(QStringLiteral("/v1.0/me"), QStringLiteral("bogus")).status, 401);
}
