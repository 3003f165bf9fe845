#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

// Edit > Preferences: the options that exist (theme, editor font, request timeout and retries,
// confirmations). Shows AppSettings; OK writes them back, Cancel leaves them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *themeBox() const { return m_theme; }
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *retriesBox() const { return m_retries; }
    QCheckBox *confirmBox() const { return m_confirm; }

    // Writes the fields to AppSettings (what OK does).
    void apply();

private:
    void load();
    void restoreDefaults();

    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QCheckBox *m_confirm;
};
