#include "PreferencesDialog.h"

#include "ButtonBoxTabOrder.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_theme(new QComboBox),
      m_font(new QFontComboBox),
      m_fontSize(new QSpinBox),
      m_timeout(new QSpinBox),
      m_retries(new QSpinBox),
      m_confirm(new QCheckBox(tr("Ask before deleting operations, policies or custom code")))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_timeout->setRange(1, AppSettings::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_retries->setRange(0, AppSettings::MaxRetries);
    m_theme->setAccessibleName(tr("Theme"));
    m_font->setAccessibleName(tr("Editor font"));
    m_fontSize->setAccessibleName(tr("Editor font size"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_retries->setAccessibleName(tr("Retries of failed requests"));

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    auto *form = new QFormLayout;
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("Editor &font"), fontRow);
    form->addRow(tr("Request &timeout"), m_timeout);
    form->addRow(tr("&Retries"), m_retries);
    form->addRow(QString(), m_confirm);
    auto *note
        = new QLabel(tr("Timeout and retries apply to Test operation. Preferences are kept for your user "
                        "account, never in a connector's folder."));
    note->setWordWrap(true);
    note->setProperty("caption", true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Pairwise: the list overload of setTabOrder is newer than Qt 6.4.
    const QList<QWidget *> order {m_theme, m_font, m_fontSize, m_timeout, m_retries, m_confirm};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    ButtonBoxTabOrder::apply(buttons);
    load();
}

void PreferencesDialog::load()
{
    const AppSettings *settings = AppSettings::instance();
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));
    const QFont font = settings->editorFont();
    m_font->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_retries->setValue(settings->requestRetries());
    m_confirm->setChecked(settings->confirmDeletions());
}

void PreferencesDialog::restoreDefaults()
{
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::Theme::System)));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font->setCurrentFont(fixed);
    m_fontSize->setValue(fixed.pointSize() > 0 ? fixed.pointSize() : 10);
    m_timeout->setValue(AppSettings::DefaultTimeoutSeconds);
    m_retries->setValue(AppSettings::DefaultRetries);
    m_confirm->setChecked(true);
}

void PreferencesDialog::apply()
{
    AppSettings *settings = AppSettings::instance();
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    settings->setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    settings->setEditorFont(font);
    settings->setRequestTimeoutSeconds(m_timeout->value());
    settings->setRequestRetries(m_retries->value());
    settings->setConfirmDeletions(m_confirm->isChecked());
}
