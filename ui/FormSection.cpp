#include "FormSection.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

FormSection::FormSection(const QString &title, const QString &subtitle, QWidget *parent)
    : QFrame(parent), m_body(new QVBoxLayout(this)), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("formSection"));
    QVBoxLayout *layout = m_body;
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(4);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        auto *subtitleLabel = new QLabel(subtitle, this);
        subtitleLabel->setObjectName(QStringLiteral("sectionSubtitle"));
        subtitleLabel->setWordWrap(true);
        layout->addWidget(subtitleLabel);
    }
    layout->addSpacing(12);

    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(14);
    layout->addLayout(m_form);
}

void FormSection::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(makeLabel(label), field);
}

void FormSection::addRow(const QString &label, QLayout *field)
{
    m_form->addRow(makeLabel(label), field);
}

QLabel *FormSection::makeLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setMinimumWidth(LabelWidth);
    // Align the label's text with the first line of a framed input.
    label->setContentsMargins(0, 5, 0, 0);
    return label;
}
