#include "customers/CustomerTexts.h"

#include <QCoreApplication>

namespace setia::customerTexts {

QList<AcquisitionSource> sources()
{
    return {AcquisitionSource::Unknown,    AcquisitionSource::WalkIn, AcquisitionSource::Referral,
            AcquisitionSource::MemberCard, AcquisitionSource::Event,  AcquisitionSource::SalesVisit,
            AcquisitionSource::Exhibition, AcquisitionSource::Online, AcquisitionSource::Other};
}

QString sourceName(AcquisitionSource source)
{
    switch (source) {
    case AcquisitionSource::Unknown:
        return QCoreApplication::translate("CustomerTexts", "Not known");
    case AcquisitionSource::WalkIn:
        return QCoreApplication::translate("CustomerTexts", "Walk-in");
    case AcquisitionSource::Referral:
        return QCoreApplication::translate("CustomerTexts", "Referral");
    case AcquisitionSource::MemberCard:
        return QCoreApplication::translate("CustomerTexts", "Member card");
    case AcquisitionSource::Event:
        return QCoreApplication::translate("CustomerTexts", "Event");
    case AcquisitionSource::SalesVisit:
        return QCoreApplication::translate("CustomerTexts", "Sales visit");
    case AcquisitionSource::Exhibition:
        return QCoreApplication::translate("CustomerTexts", "Exhibition");
    case AcquisitionSource::Online:
        return QCoreApplication::translate("CustomerTexts", "Online");
    case AcquisitionSource::Other:
        return QCoreApplication::translate("CustomerTexts", "Other");
    }
    return {};
}

QString shortDayName(int day)
{
    switch (day) {
    case Qt::Monday:
        return QCoreApplication::translate("CustomerTexts", "Mon");
    case Qt::Tuesday:
        return QCoreApplication::translate("CustomerTexts", "Tue");
    case Qt::Wednesday:
        return QCoreApplication::translate("CustomerTexts", "Wed");
    case Qt::Thursday:
        return QCoreApplication::translate("CustomerTexts", "Thu");
    case Qt::Friday:
        return QCoreApplication::translate("CustomerTexts", "Fri");
    case Qt::Saturday:
        return QCoreApplication::translate("CustomerTexts", "Sat");
    case Qt::Sunday:
        return QCoreApplication::translate("CustomerTexts", "Sun");
    default:
        return {};
    }
}

} // namespace setia::customerTexts
