// No English on the Indonesian screens: every view of the application's window, shown in
// Indonesian, is walked for the texts of its widgets, and none may be an English source text
// that has an Indonesian translation of its own.
#include "ScriptedPrompter.h"
#include "counter/NewMemberDialog.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/DuplicatesDialog.h"
#include "customers/MergeDialog.h"
#include "customers/PaymentDialog.h"
#include "customers/PointsAdjustDialog.h"
#include "dataexchange/ImportDialog.h"
#include "gui/CompositionRoot.h"
#include "gui/ViewWiring.h"
#include "io/CsvReader.h"
#include "main/MainWindow.h"
#include "products/ProductDialog.h"
#include "sales/SaleDialog.h"
#include "segments/RuleSegmentDialog.h"
#include "services/CustomerService.h"
#include "settings/StampCardDialog.h"
#include "support/Builders.h"
#include "support/ScopedLanguage.h"
#include "support/TempDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

// The English texts of Setia's sources whose Indonesian translation says something else.
QSet<QString> englishTexts()
{
    QFile file(QStringLiteral(SETIA_TRANSLATIONS_DIR "/setia_id.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> english;
    QSet<QString> translations;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Short words that read the same in both (OK, SKU, PDF) are not English to find.
            translations.insert(QString(translation).remove(QLatin1Char('&')));
            if (translation != source && source.size() > 3 && !source.contains(QLatin1Char('%')))
                english.insert(QString(source).remove(QLatin1Char('&')));
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    // A word both languages use ("Sales": a salesperson in Indonesian) is not English.
    for (const QString& translation : std::as_const(translations))
        english.remove(translation);
    return english;
}

// What a person reads on the widget and its children.
QStringList visibleTexts(QWidget& root)
{
    QStringList texts;
    const auto add = [&texts](QString text) {
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            texts.append(text);
    };
    for (const QLabel* label : root.findChildren<QLabel*>())
        add(label->text());
    for (const QAbstractButton* button : root.findChildren<QAbstractButton*>())
        add(button->text());
    for (const QGroupBox* box : root.findChildren<QGroupBox*>())
        add(box->title());
    for (const QLineEdit* edit : root.findChildren<QLineEdit*>())
        add(edit->placeholderText());
    for (const QComboBox* combo : root.findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            add(combo->itemText(i));
    }
    for (const QHeaderView* header : root.findChildren<QHeaderView*>()) {
        const QAbstractItemModel* model = header->model();
        for (int i = 0; model && i < model->columnCount(); ++i)
            add(model->headerData(i, header->orientation()).toString());
    }
    return texts;
}

} // namespace

TEST_CASE("Every view of the Indonesian window shows Indonesian", "[ui][i18n]")
{
    const ScopedLanguage indonesian(QStringLiteral("id"));
    const QSet<QString> english = englishTexts();
    REQUIRE(english.size() > 500);
    TempDatabase temp;
    CompositionRoot root;
    const QString path = temp.freshPath();
    temp.open(path).reset(); // a new, empty shop, as setia-cli init makes it
    REQUIRE(root.start(path).ok());
    MainWindow& window = root.window();
    window.resize(1024, 740);
    window.show();
    for (const QString& id : window.viewIds()) {
        INFO("view " << id.toStdString());
        REQUIRE(window.showView(id));
        QApplication::processEvents();
        QStringList found;
        for (const QString& text : visibleTexts(*window.currentView())) {
            if (english.contains(text))
                found.append(text);
        }
        INFO("English: " << found.join(QStringLiteral(" | ")).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("The everyday dialogs show Indonesian", "[ui][i18n]")
{
    const ScopedLanguage indonesian(QStringLiteral("id"));
    const QSet<QString> english = englishTexts();
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    ScriptedPrompter prompter;
    const ViewWiring wiring(*backend, backend->clock());
    const QDate today = temp.clock().today();
    CustomerDialog editor(backend->customers(), prompter, *ani);
    NewMemberDialog newMember(backend->customers(), prompter, QStringLiteral("0812"), today);
    PaymentDialog payment(backend->payments(), ani->id, ani->name, 50'000, today);
    PointsAdjustDialog points(backend->loyalty(), ani->id, 10);
    ProductDialog product(backend->products(), Product{});
    SaleDialog sale(wiring.saleEntry(), prompter, ani->id);
    CustomerCardDialog card(wiring.counter().recordCard, prompter, ani->id);
    REQUIRE(card.load());
    // The import's column chooser, on a file whose headers are not Setia's own.
    const QString file = temp.path(QStringLiteral("kontak.csv"));
    {
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("Nama Lengkap;No HP;Kota\r\nBudi Santoso;0813-2222-9999;Bandung\r\n");
    }
    auto reader = CsvReader::open(file);
    REQUIRE(reader.ok());
    ImportDialog import(backend->imports(), ImportKind::Customers, file, *reader, prompter);
    RuleSegmentDialog rule({backend->segments(), backend->ruleSegments()}, prompter, RuleSegment{},
                           today);
    StampCardDialog stampCard({backend->stamps(), backend->products()}, StampCard{});
    auto ani2 = backend->customers().create(customerDraft(QStringLiteral("Ibu Ani Lestari")));
    REQUIRE(ani2.ok());
    MergeDialog merge(backend->merges(), *ani, *ani2);
    DuplicatesDialog duplicates(backend->merges(), backend->customers(), prompter);
    duplicates.findDuplicates();
    const QList<std::pair<const char*, QDialog*>> dialogs = {
        {"customer editor", &editor}, {"new member", &newMember}, {"payment", &payment},
        {"points", &points},          {"product", &product},      {"sale", &sale},
        {"record card", &card},       {"import", &import},        {"rule builder", &rule},
        {"stamp card", &stampCard},   {"merge", &merge},          {"duplicates", &duplicates}};
    for (const auto& [name, dialog] : dialogs) {
        INFO("dialog " << name);
        dialog->show();
        QApplication::processEvents();
        QStringList found;
        for (const QString& text : visibleTexts(*dialog)) {
            if (english.contains(text))
                found.append(text);
        }
        INFO("English: " << found.join(QStringLiteral(" | ")).toStdString());
        CHECK(found.isEmpty());
        dialog->hide();
    }
}
