// Conformance of the emulator's Gmail API v1 endpoints.
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em::sandbox;

TEST(SandboxGmail, ProfileNeedsAValidToken)
{
    Sandbox sandbox(SandboxOptions{1, 5, {}, {}, 3600, {}});
    em::test::SandboxClient client(sandbox);
    const QString token = client.accessToken(QStringLiteral("alice.sandbox@gmail.com"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(client.get(QStringLiteral("/gmail/v1/users/me/profile"), token).status, 200);
    EXPECT_EQ(client.get(QStringLiteral("/gmail/v1/users/me/profile"), QStringLiteral("bogus")).status, 401);
}
