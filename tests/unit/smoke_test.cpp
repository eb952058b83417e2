#include <gtest/gtest.h>
#include "mime/mimeparser.h"
TEST(Smoke, Parses) { EXPECT_EQ(em::mime::parseMessage("Subject: hi\n\nbody\n").subject, QStringLiteral("hi")); }
