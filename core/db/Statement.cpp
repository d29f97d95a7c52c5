#include "db/Statement.h"

#include <cstring>

namespace setia {

void Statement::bind(int position, const QString& value)
{
    // The file's text is UTF-8: converting here is cheaper than the engine converting UTF-16.
    const QByteArray utf8 = value.toUtf8();
    bind(position, QByteArrayView(utf8.isNull() ? QByteArray("") : utf8));
}

Result<bool> Statement::next()
{
    if (!m_missing.isEmpty())
        return missingColumn().error();
    return step();
}

Status Statement::forEach(const std::function<void()>& visit)
{
    for (;;) {
        auto row = next();
        if (!row)
            return row.error();
        if (!*row)
            return m_missing.isEmpty() ? Status() : missingColumn();
        visit();
    }
}

int Statement::column(const char* name) const
{
    const std::size_t known = m_columns.size();
    for (std::size_t i = 0; i < known; ++i) {
        const auto& entry = m_columns[(m_next + i) % known];
        if (entry.first == name) {
            m_next = (m_next + i + 1) % known;
            return entry.second;
        }
    }
    int found = -1;
    const QByteArrayView wanted(name, qsizetype(std::strlen(name)));
    for (int i = 0; i < columnCount(); ++i) {
        if (columnName(i) == wanted) {
            found = i;
            break;
        }
    }
    if (found < 0 && m_missing.isEmpty())
        m_missing = QByteArray(name);
    m_columns.emplace_back(name, found);
    m_next = 0;
    return found;
}

qint64 Statement::integer(const char* name) const
{
    const int index = column(name);
    return index < 0 ? 0 : integer(index);
}

QString Statement::text(const char* name) const
{
    const int index = column(name);
    return index < 0 ? QString() : text(index);
}

Status Statement::missingColumn() const
{
    // A programming error, reported like a failed read rather than as zeros.
    return Error(
        Error::Kind::Database,
        QStringLiteral("The query has no column named %1.").arg(QString::fromUtf8(m_missing)));
}

} // namespace setia
