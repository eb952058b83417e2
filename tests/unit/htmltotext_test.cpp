#include "mime/htmltotext.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using em::mime::htmlToText;

TEST(HtmlToText, KeepsTextAndStructureDropsScripts)
{
    const QString text =
        htmlToText(QStringLiteral("<html><head><title>T</title><style>p{color:red}</style></head><body>"
                                  "<script>alert('x')</script><h1>Title</h1><p>First   paragraph\nwith <b>bold</b></p>"
                                  "<ul><li>one</li><li>two</li></ul>line<br>break<!-- hidden --><img "
                                  "src=\"https://t.example/p.gif\" alt=\"logo\">"
                                  "</body></html>"));
    EXPECT_FALSE(text.contains(QLatin1String("alert")));
    EXPECT_FALSE(text.contains(QLatin1String("color")));
    EXPECT_FALSE(text.contains(QLatin1String("hidden")));
    EXPECT_TRUE(text.startsWith(QLatin1String("Title\n")));
    EXPECT_TRUE(text.contains(QLatin1String("First paragraph with bold")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("• one\n• two")));
    EXPECT_TRUE(text.contains(QLatin1String("line\nbreak")));
    EXPECT_TRUE(text.contains(QLatin1String("logo")));
}

TEST(HtmlToText, DecodesEntitiesAndNonAscii)
{
    EXPECT_EQ(htmlToText(QString::fromUtf8("<p>caf&eacute; &amp; &#x05E9;&#x05DC;&#x05D5;&#x05DD; 中文</p>")),
              QString::fromUtf8("café & שלום 中文"));
}

TEST(HtmlToText, BrokenAndHostileInputIsSafe)
{
    EXPECT_EQ(htmlToText(QString()), QString());
    EXPECT_EQ(htmlToText(QStringLiteral("<p>unclosed <b>bold <i>italic")), QStringLiteral("unclosed bold italic"));
    QString deep;
    for (int i = 0; i < 20000; ++i)
        deep += QLatin1String("<div>");
    deep += QLatin1String("deep text");
    EXPECT_EQ(htmlToText(deep), QStringLiteral("deep text")) << "text past libxml2's nesting limit is kept";
    EXPECT_EQ(htmlToText(QStringLiteral("<script>x()</script>")), QString());
    QString big;
    big.reserve(6'000'000);
    for (int i = 0; i < 200000; ++i)
        big += QLatin1String("<p>paragraph</p>");
    EXPECT_TRUE(htmlToText(big).startsWith(QLatin1String("paragraph")));
}

TEST(HtmlToText, PreformattedTextKeepsLines)
{
    EXPECT_EQ(htmlToText(QStringLiteral("<pre>a  b\n  c</pre>")), QStringLiteral("a  b\n  c"));
}
