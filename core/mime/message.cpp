#include "message.h"

#include <QStringBuilder>

namespace em::mime {

QString Address::display() const
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    return name % QLatin1String(" <") % address % u'>';
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
