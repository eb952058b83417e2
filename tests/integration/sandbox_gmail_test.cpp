// Conformance of the emulator's gmail endpoints (filled in with the API).
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em::sandbox;

TEST(SandboxGmail, AnswersWithAValidToken)
{
    Sandbox sandbox(SandboxOptions{1, 5, {}, {}, 3600, {}});
    em::test::SandboxClient client(sandbox);
    const QString user = QStringLiteral("gmail" == QLatin1String("gmail") ? "alice.sandbox@gmail.com" : "bob.sandbox@outlook.com");
    const QString token = client.accessToken(user);
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse r = client.get(QStringLiteral("gmail" == QLatin1String("gmail") ? "/gmail/v1/users/me/profile" : "/v1.0/me"), token);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(client.get(QStringLiteral("gmail" == QLatin1String("gmail") ? "/gmail/v1/users/me/profile" : "/v1.0/me"), QStringLiteral("bogus")).status, 401);
}
