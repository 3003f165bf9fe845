#pragma once

#include <QWidget>

#include <functional>

// A tab page whose content is built the first time it is shown or asked for. Why: a window
// builds, polishes and refreshes every widget it holds, also those in tabs never opened; the
// References and Policies sections alone are half of the Definition tab's 1,100 widgets.
class LazyPage : public QWidget
{
public:
    using Builder = std::function<QWidget *()>;

    explicit LazyPage(Builder builder, QWidget *parent = nullptr);

    // The content, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Builder m_builder;
    QWidget *m_content = nullptr;
};
