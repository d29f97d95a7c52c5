#include "common/MessageBoxPrompter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace setia {

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                                 const QString& confirmText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBoxPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxPrompter::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

QString MessageBoxPrompter::saveFileName(QWidget* parent, const QString& title,
                                         const QString& suggested, const QString& filter)
{
    QString proposed = suggested;
    for (;;) {
        const QString path = QFileDialog::getSaveFileName(parent, title, proposed, filter);
        if (path.isEmpty() || !m_targetCheck)
            return path;
        const Status allowed = m_targetCheck(path);
        if (allowed)
            return path;
        QMessageBox::warning(parent, title, allowed.error().message());
        proposed = QFileInfo(path).absolutePath();
    }
}

void MessageBoxPrompter::fileSaved(QWidget* parent, const QString& title, const QString& path,
                                   const QString& summary)
{
    const QFileInfo file(path);
    const QString where = tr("Saved as %1 in %2.")
                              .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
    QMessageBox box(QMessageBox::Information, title,
                    summary.isEmpty() ? where : summary + QLatin1Char('\n') + where,
                    QMessageBox::Close, parent);
    QPushButton* open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    QPushButton* folder = box.addButton(tr("Show &folder"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

QString MessageBoxPrompter::openFileName(QWidget* parent, const QString& title,
                                         const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString MessageBoxPrompter::askText(QWidget* parent, const QString& title, const QString& label,
                                    const QString& okText)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOkButtonText(okText);
    dialog.setTextValue(QString());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

bool MessageBoxPrompter::openUrl(const QString& url)
{
    return QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}

} // namespace setia
