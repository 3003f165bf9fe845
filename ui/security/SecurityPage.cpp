#include "SecurityPage.h"

#include "AuthEditor.h"
#include "ConnectionDialogPreview.h"
#include "FieldMessage.h"
#include "FormSection.h"
#include "FormStyleSheet.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "domain/SecurityEdits.h"
#include "domain/SecurityView.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int ContentMaxWidth = 1180;
constexpr int PreviewWidth = 340;

} // namespace

SecurityPage::SecurityPage(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("securityPage"));
    FormStyleSheet::install(this);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(16);
    leftLayout->addWidget(buildTypeSection());
    m_editors = new QVBoxLayout;
    m_editors->setSpacing(16);
    leftLayout->addLayout(m_editors);
    m_addSet = new QPushButton(tr("Add authentication type"));
    m_addSet->setObjectName(QStringLiteral("addSetButton"));
    auto *menu = new QMenu(m_addSet);
    menu->addAction(tr("API key"), this, [this] { addSet(AuthKind::ApiKey); });
    menu->addAction(tr("Basic authentication"), this, [this] { addSet(AuthKind::Basic); });
    menu->addAction(tr("OAuth 2.0"), this, [this] { addSet(AuthKind::OAuth2); });
    m_addSet->setMenu(menu);
    leftLayout->addWidget(m_addSet, 0, Qt::AlignLeft);
    leftLayout->addStretch(1);

    auto *previewSection
        = new FormSection(tr("Connection dialog"), tr("What people see when they create a connection."));
    m_preview = new ConnectionDialogPreview(m_document);
    previewSection->body()->addWidget(m_preview);
    previewSection->setFixedWidth(PreviewWidth);

    auto *content = new QWidget;
    content->setMaximumWidth(ContentMaxWidth);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 20, 0, 28);
    columns->setSpacing(16);
    columns->addWidget(left, 1);
    columns->addWidget(previewSection, 0, Qt::AlignTop);

    auto *canvas = new QWidget;
    auto *centering = new QHBoxLayout(canvas);
    centering->setContentsMargins(24, 0, 24, 0);
    centering->addStretch(1);
    centering->addWidget(content, 100);
    centering->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(canvas);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_document, &ConnectorDocument::changed, this, &SecurityPage::onDocumentChanged);
    connect(m_document, &ConnectorDocument::reset, this, &SecurityPage::rebuild);
    rebuild();
}

QWidget *SecurityPage::buildTypeSection()
{
    auto *section
        = new FormSection(tr("Authentication"),
                          tr("How users sign in when they create a connection. The Swagger security "
                             "definition and the connection parameters follow the choice."));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("authTypeCombo"));
    m_type->setAccessibleName(tr("Authentication type"));
    m_type->addItem(tr("No authentication"), int(AuthKind::None));
    m_type->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_type->addItem(tr("Basic authentication"), int(AuthKind::Basic));
    m_type->addItem(tr("OAuth 2.0"), int(AuthKind::OAuth2));
    m_type->addItem(tr("Multiple authentication types"), int(AuthKind::Multiple));
    connect(m_type, &QComboBox::activated, this, [this] {
        if (m_refreshing)
            return;
        const EditResult r = SecurityEdits::setKind(m_document, AuthKind(m_type->currentData().toInt()));
        showProblem(r.ok ? QString() : r.error);
    });
    m_typeMessage = new FieldMessage(m_type);
    m_typeMessage->setObjectName(QStringLiteral("authTypeMessage"));
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addWidget(m_type);
    column->addWidget(m_typeMessage);
    section->addRow(tr("Type"), column);

    // The set picker's own label and hint, for multiple authentication types.
    m_setsLabel = new QLineEdit;
    m_setsLabel->setObjectName(QStringLiteral("setsLabelEdit"));
    m_setsLabel->setAccessibleName(tr("Label of the authentication type picker"));
    m_setsDescription = new QLineEdit;
    m_setsDescription->setObjectName(QStringLiteral("setsDescriptionEdit"));
    m_setsDescription->setAccessibleName(tr("Hint of the authentication type picker"));
    const auto commit = [this](QLineEdit *edit, SecurityEdits::Field field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            if (m_refreshing || !edit->isModified())
                return;
            edit->setModified(false);
            const EditResult r = SecurityEdits::setField(m_document, -1, field, edit->text());
            showProblem(r.ok ? QString() : r.error);
        });
    };
    commit(m_setsLabel, SecurityEdits::Field::SetsDisplayName);
    commit(m_setsDescription, SecurityEdits::Field::SetsDescription);
    section->addRow(tr("Picker label"), m_setsLabel);
    section->addRow(tr("Picker hint"), m_setsDescription);
    m_typeForm = section->form();
    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watch(m_setsLabel);
    undoFilter->watch(m_setsDescription);
    return section;
}

void SecurityPage::showProblem(const QString &error)
{
    m_typeMessage->setProblem(error);
}

void SecurityPage::addSet(AuthKind kind)
{
    const EditResult r = SecurityEdits::addSet(m_document, kind);
    showProblem(r.ok ? QString() : r.error);
}

QString SecurityPage::structureKey() const
{
    const SecurityView view(m_document);
    const AuthKind kind = view.kind();
    return QString::number(int(kind)) + QLatin1Char('/')
        + QString::number(kind == AuthKind::Multiple ? view.sets().size() : 0);
}

void SecurityPage::onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer)
{
    if (!SecurityView::isAffectedBy(part, pointer))
        return;
    if (structureKey() != m_structure)
        rebuild();
    else
        refresh();
}

void SecurityPage::rebuild()
{
    m_structure = structureKey();
    // Old editors may be emitting the signal that brought us here: hide now, delete later.
    const auto retire = [](QWidget *widget) {
        if (widget) {
            widget->hide();
            widget->deleteLater();
        }
    };
    retire(m_singleSection);
    m_singleSection = nullptr;
    m_single = nullptr;
    for (QWidget *section : std::as_const(m_setSections))
        retire(section);
    m_setSections.clear();
    m_setEditors.clear();

    const SecurityView view(m_document);
    const AuthKind kind = view.kind();
    if (kind == AuthKind::Multiple) {
        const QList<AuthSet> sets = view.sets();
        for (int i = 0; i < sets.size(); ++i) {
            auto *section = new FormSection(tr("Authentication type %1").arg(i + 1),
                                            tr("One of the ways to sign in that users choose from."));
            auto *editor = new AuthEditor(m_document, i);
            connect(editor, &AuthEditor::removeRequested, this, [this](int set) {
                const EditResult r = SecurityEdits::removeSet(m_document, set);
                showProblem(r.ok ? QString() : r.error);
            });
            editor->removeButton()->setEnabled(sets.size() > 1);
            section->body()->addWidget(editor);
            m_editors->addWidget(section);
            m_setSections.append(section);
            m_setEditors.append(editor);
        }
    } else if (kind != AuthKind::None) {
        m_singleSection
            = new FormSection(tr("Settings"), tr("What the connection dialog asks for and where it goes."));
        m_single = new AuthEditor(m_document, -1);
        m_singleSection->body()->addWidget(m_single);
        m_editors->addWidget(m_singleSection);
    }
    refresh();
    updateTabOrder();
}

void SecurityPage::refresh()
{
    const SecurityView view(m_document);
    const AuthKind kind = view.kind();
    m_refreshing = true;
    m_type->setCurrentIndex(m_type->findData(int(kind)));
    const bool multiple = kind == AuthKind::Multiple;
    m_typeForm->setRowVisible(m_setsLabel, multiple);
    m_typeForm->setRowVisible(m_setsDescription, multiple);
    m_addSet->setVisible(multiple);
    if (multiple) {
        if (m_setsLabel->text() != view.setsDisplayName())
            m_setsLabel->setText(view.setsDisplayName());
        if (m_setsDescription->text() != view.setsDescription())
            m_setsDescription->setText(view.setsDescription());
    }
    m_refreshing = false;
    if (m_single)
        m_single->refresh();
    for (AuthEditor *editor : std::as_const(m_setEditors))
        editor->refresh();
    setEnabled(!m_document->isReadOnly());
}

void SecurityPage::updateTabOrder()
{
    QList<QWidget *> order {m_type, m_setsLabel, m_setsDescription};
    if (m_single)
        order += m_single->focusChain();
    for (AuthEditor *editor : std::as_const(m_setEditors))
        order += editor->focusChain();
    order.append(m_addSet);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}
