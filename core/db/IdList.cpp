#include "db/IdList.h"

#include <QStringList>

namespace setia::sql {

QString idList(const QList<qint64>& ids)
{
    QStringList listed;
    listed.reserve(ids.size());
    for (qint64 id : ids)
        listed.append(QString::number(id));
    return listed.join(QLatin1Char(','));
}

} // namespace setia::sql
