// Every message of tests/data/mime against its hand-written expectations.
#include "mime/messagejson.h"
#include "mime/mimeparser.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList corpus()
{
    QDir dir(em::test::dataPath(QStringLiteral("mime")));
    return dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

class MimeCorpus : public ::testing::TestWithParam<QString>
{};

QString str(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

TEST(MimeCorpusSize, HasAVariedCorpus)
{
    EXPECT_GE(corpus().size(), 30);
}

TEST_P(MimeCorpus, MatchesExpectations)
{
    const QString name = GetParam();
    const QString base = em::test::dataPath(QStringLiteral("mime/")) + name;
    const QByteArray raw = em::test::readFile(base);
    const QByteArray expectedText = em::test::readFile(base.left(base.size() - 4) + QStringLiteral(".expected.json"));
    ASSERT_FALSE(expectedText.isEmpty()) << "no expectations for " << name.toStdString();
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(expectedText, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();

    const em::mime::ParsedMessage parsed = em::mime::parseMessage(raw);
    const QJsonObject actual = em::mime::toJson(parsed);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("text_contains") || key == QLatin1String("html_contains")) {
            const QString field = key.left(key.indexOf(u'_'));
            const QString body = actual.value(field).toString();
            for (const QJsonValue &piece : it.value().toArray())
                EXPECT_TRUE(body.contains(piece.toString()))
                    << name.toStdString() << ": " << field.toStdString() << " lacks " << piece.toString().toStdString();
            continue;
        }
        if (key == QLatin1String("parse_flags")) {
            const bool expectBroken = it.value().toArray().contains(QJsonValue(QStringLiteral("broken")));
            EXPECT_EQ(parsed.broken, expectBroken) << name.toStdString();
            continue;
        }
        if (key == QLatin1String("text") || key == QLatin1String("html")) {
            // Line endings are the sender's; compare the text.
            auto norm = [](QJsonValue v) {
                return v.isString()
                           ? QJsonValue(v.toString().replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed())
                           : v;
            };
            EXPECT_EQ(str(norm(actual.value(key))), str(norm(it.value())))
                << name.toStdString() << ": " << key.toStdString();
            continue;
        }
        ASSERT_TRUE(actual.contains(key)) << name.toStdString() << ": unknown key " << key.toStdString();
        EXPECT_EQ(str(actual.value(key)), str(it.value())) << name.toStdString() << ": " << key.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Messages, MimeCorpus, ::testing::ValuesIn(corpus()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             QString n = info.param;
                             n.chop(4);
                             for (QChar &c : n)
                                 if (!c.isLetterOrNumber())
                                     c = u'_';
                             return n.toStdString();
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(MimeCorpus);
