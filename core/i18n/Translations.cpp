#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace setia {

QString Translations::resolve(const QString& code)
{
    if (available().contains(code))
        return code;
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
}

QLocale Translations::locale(const QString& language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

QString Translations::storedChoice()
{
    return QSettings().value(languageKey).toString();
}

void Translations::storeChoice(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

void Translations::install(QCoreApplication& app, const QString& code)
{
    const QString language = resolve(code);
    QLocale::setDefault(locale(language));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/setia_") + language))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs, context menus): Debian's where it ships
    // them, else Setia's own (Indonesian: Debian has none).
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(QStringLiteral(":/i18n/qtbase_") + language))
        QCoreApplication::installTranslator(qt);
}

} // namespace setia
