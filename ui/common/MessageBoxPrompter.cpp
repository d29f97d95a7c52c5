#include "common/MessageBoxPrompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

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
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace setia
