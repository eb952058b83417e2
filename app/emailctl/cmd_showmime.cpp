#include "cli.h"

#include "mime/messagejson.h"
#include "mime/mimeparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace emailctl {

int runShowMime(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("emailctl", "an RFC 822 message (.eml)"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("emailctl", "Print JSON.")});
    if (int code = parseCommand(parser, ctx,
                                QCoreApplication::translate("emailctl", "Show the parsed structure of one message."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "emailctl show-mime: " << QCoreApplication::translate("emailctl", "name exactly one FILE") << "\n";
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "emailctl show-mime: "
                << QCoreApplication::translate("emailctl", "cannot read %1: %2").arg(path, file.errorString()) << "\n";
        return Failure;
    }
    QByteArray raw = file.readAll();
    if (raw.startsWith("From ")) { // a one-message mbox: its From_ line is not a header
        const qsizetype nl = raw.indexOf('\n');
        raw = nl < 0 ? QByteArray() : raw.mid(nl + 1);
    }
    const em::mime::ParsedMessage message = em::mime::parseMessage(raw);
    const QJsonObject json = em::mime::toJson(message);
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto addresses = [](const em::mime::AddressList &l) { return em::mime::addressListDisplay(l); };
    // Field labels, translated and padded to one column.
    auto label = [](const char *text) {
        return QString(QCoreApplication::translate("emailctl", text) + u':').leftJustified(13);
    };
    ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Subject")) << message.subject << "\n"
            << label(QT_TRANSLATE_NOOP("emailctl", "From")) << addresses(message.from) << "\n"
            << label(QT_TRANSLATE_NOOP("emailctl", "To")) << addresses(message.to) << "\n";
    if (!message.cc.isEmpty())
        ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Cc")) << addresses(message.cc) << "\n";
    if (!message.replyTo.isEmpty())
        ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Reply-To")) << addresses(message.replyTo) << "\n";
    ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Date"))
            << (message.date ? message.date->toString(Qt::RFC2822Date)
                             : QCoreApplication::translate("emailctl", "(none)"))
            << "\n"
            << label(QT_TRANSLATE_NOOP("emailctl", "Message-ID")) << message.messageId << "\n";
    if (!message.inReplyTo.isEmpty())
        ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "In-Reply-To")) << message.inReplyTo << "\n";
    if (!message.references.isEmpty())
        ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "References")) << message.references.size() << "\n";
    ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Text"))
            << (message.text ? QCoreApplication::translate("emailctl", "%1 characters").arg(message.text->size())
                             : QCoreApplication::translate("emailctl", "(none)"))
            << "\n"
            << label(QT_TRANSLATE_NOOP("emailctl", "HTML"))
            << (message.html ? QCoreApplication::translate("emailctl", "%1 characters").arg(message.html->size())
                             : QCoreApplication::translate("emailctl", "(none)"))
            << "\n";
    for (const auto &a : message.attachments)
        ctx.out << label(QT_TRANSLATE_NOOP("emailctl", "Attachment"))
                << (a.filename.isEmpty() ? QCoreApplication::translate("emailctl", "(no name)") : a.filename) << "  "
                << a.mimeType << "  " << QCoreApplication::translate("emailctl", "%1 bytes").arg(a.size)
                << (a.isInline ? QCoreApplication::translate("emailctl", "  inline") : QString())
                << (a.contentId.isEmpty() ? QString() : QStringLiteral("  cid:") + a.contentId) << "\n";
    if (message.broken)
        ctx.out << QCoreApplication::translate("emailctl", "The MIME structure could not be read in full.") << "\n";
    return Ok;
}

} // namespace emailctl
