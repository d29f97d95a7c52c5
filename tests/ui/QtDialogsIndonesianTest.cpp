// Qt's own dialogs in Indonesian: Debian ships no Indonesian qtbase translation, so Setia
// carries one (translations/qtbase_id.ts) for the buttons and dialogs it shows.
#include "support/ScopedLanguage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("Qt's own buttons and dialogs speak Indonesian", "[ui][i18n]")
{
    const ScopedLanguage indonesian(QStringLiteral("id"));

    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Close);
    CHECK(buttons.button(QDialogButtonBox::Save)->text() == QStringLiteral("Simpan"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Batal"));
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("Tutup"));

    QMessageBox question(QMessageBox::Question, QStringLiteral("x"), QStringLiteral("x"),
                         QMessageBox::Yes | QMessageBox::No);
    CHECK(question.button(QMessageBox::Yes)->text() == QStringLiteral("&Ya"));
    CHECK(question.button(QMessageBox::No)->text() == QStringLiteral("&Tidak"));

    // Qt's own file dialog (Setia's, not the desktop's).
    QFileDialog files(nullptr, QStringLiteral("x"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    const auto* name = files.findChild<QLabel*>(QStringLiteral("fileNameLabel"));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("&Nama berkas:"));
    const auto* type = files.findChild<QLabel*>(QStringLiteral("fileTypeLabel"));
    REQUIRE(type);
    CHECK(type->text() == QStringLiteral("Jenis berkas:"));

    QPrintPreviewDialog preview;
    QStringList actions;
    for (const QAction* action : preview.findChildren<QAction*>())
        actions.append(action->text());
    INFO(actions.join(QStringLiteral(" | ")).toStdString());
    CHECK(actions.contains(QStringLiteral("Halaman berikutnya")));
    CHECK(actions.contains(QStringLiteral("Perbesar")));
    CHECK(actions.contains(QStringLiteral("Cetak")));
}
