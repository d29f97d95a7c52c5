#include "db/AutomaticBackups.h"

#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "db/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace setia {
namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stemOf(const Database& database)
{
    return QFileInfo(database.path()).completeBaseName();
}

// Keeps the newest entry of each of the first `count` distinct keys (entries newest first).
template <typename KeyOf>
void keepNewest(const QList<AutomaticBackups::Entry>& entries, int count, KeyOf keyOf,
                QSet<QString>& kept)
{
    QSet<qint64> seen;
    for (const AutomaticBackups::Entry& entry : entries) {
        const qint64 key = keyOf(entry.taken.date());
        if (seen.contains(key))
            continue;
        if (seen.size() == count)
            return;
        seen.insert(key);
        kept.insert(entry.path);
    }
}

} // namespace

bool AutomaticBackups::newer(const Entry& a, const Entry& b)
{
    if (a.taken != b.taken)
        return a.taken > b.taken;
    return a.sequence != b.sequence ? a.sequence > b.sequence : a.path > b.path;
}

QString AutomaticBackups::fileName(const QString& stem, Reason reason, const QDateTime& taken,
                                   int fromVersion, int n)
{
    QString why;
    switch (reason) {
    case Reason::Daily:
        why = QStringLiteral("harian");
        break;
    case Reason::BeforeUpgrade:
        why = QStringLiteral("sebelum-pembaruan-v%1").arg(fromVersion);
        break;
    case Reason::BeforeRestore:
        why = QStringLiteral("sebelum-pemulihan");
        break;
    }
    QString name = QStringLiteral("%1-%2-%3").arg(stem, why, taken.toString(stampFormat));
    if (n > 1)
        name += QStringLiteral("-%1").arg(n);
    return name + QStringLiteral(".db");
}

Result<QString> AutomaticBackups::take(const Database& database, Reason reason,
                                       const QDateTime& now, int fromVersion)
{
    const QString folder = DatabaseFile::backupFolder(database);
    if (Status made = PrivateFiles::makeFolder(folder); !made)
        return made.error();
    const QDir dir(folder);
    const QString stem = stemOf(database);
    for (int n = 1;; ++n) {
        const QString target = dir.filePath(fileName(stem, reason, now, fromVersion, n));
        // A name taken, or being written by another Setia this very second: the next one.
        if (QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral(".part")))
            continue;
        auto copied = DatabaseFile::backup(database, target);
        if (!copied && copied.error().kind() == Error::Kind::Duplicate)
            continue;
        if (!copied)
            return copied.error();
        for (const QString& old : expired(list(database)))
            QFile::remove(old);
        return target;
    }
}

bool AutomaticBackups::dailyDue(const Database& database, const QDateTime& now)
{
    const QList<Entry> entries = list(database);
    return std::none_of(entries.cbegin(), entries.cend(), [&now](const Entry& entry) {
        return entry.reason == Reason::Daily && entry.taken.date() == now.date();
    });
}

QList<AutomaticBackups::Entry> AutomaticBackups::list(const Database& database)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(harian|sebelum-pembaruan-v(\\d+)|sebelum-pemulihan)-"
                       "(\\d{8}-\\d{6})(?:-(\\d+))?\\.db$"));
    QList<Entry> entries;
    if (database.inMemory())
        return entries;
    const QString stem = stemOf(database);
    const QFileInfoList files = QDir(DatabaseFile::backupFolder(database))
                                    .entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch() || match.captured(1) != stem)
            continue;
        Entry entry;
        entry.path = file.absoluteFilePath();
        const QString why = match.captured(2);
        entry.reason = why == QLatin1String("harian")              ? Reason::Daily
                       : why == QLatin1String("sebelum-pemulihan") ? Reason::BeforeRestore
                                                                   : Reason::BeforeUpgrade;
        entry.fromVersion = match.captured(3).toInt();
        entry.taken = QDateTime::fromString(match.captured(4), stampFormat);
        entry.sequence = match.captured(5).isEmpty() ? 1 : match.captured(5).toInt();
        entry.bytes = file.size();
        if (entry.taken.isValid())
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), newer);
    return entries;
}

QStringList AutomaticBackups::expired(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), newer);
    // The series: each reason, and each version's copy taken before an upgrade.
    QList<QPair<Reason, int>> kinds;
    for (const Entry& entry : std::as_const(entries)) {
        const QPair<Reason, int> kind(entry.reason, entry.fromVersion);
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    QStringList gone;
    for (const auto& kind : std::as_const(kinds)) {
        QList<Entry> series;
        std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(series),
                     [&kind](const Entry& entry) {
                         return entry.reason == kind.first && entry.fromVersion == kind.second;
                     });
        QSet<QString> kept;
        keepNewest(
            series, 7, [](QDate day) { return day.toJulianDay(); }, kept);
        keepNewest(
            series, 4,
            [](QDate day) {
                int year = 0;
                const int week = day.weekNumber(&year);
                return qint64(year) * 100 + week;
            },
            kept);
        keepNewest(
            series, 12, [](QDate day) { return qint64(day.year()) * 100 + day.month(); }, kept);
        for (const Entry& entry : std::as_const(series)) {
            if (!kept.contains(entry.path))
                gone.append(entry.path);
        }
    }
    return gone;
}

} // namespace setia
