#include "message.h"

#include <QStringBuilder>

namespace em::mime {

QString Address::display() const
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    // A name with a comma or another special must be quoted, or the list reads as two people.
    static const QString specials = QStringLiteral(",;:<>@\"()[]\\");
    bool quote = false;
    for (QChar c : name)
        quote = quote || specials.contains(c);
    if (!quote)
        return name % QLatin1String(" <") % address % u'>';
    QString escaped = name;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' % escaped % QLatin1String("\" <") % address % u'>';
}

QString addressListDisplay(const AddressList &list)
{
    QStringList parts;
    parts.reserve(list.size());
    for (const Address &a : list)
        parts.append(a.display());
    return parts.join(QLatin1String(", "));
}

} // namespace em::mime
