#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One answer of the demo API: status, JSON body, extra headers, and how long to wait first.
struct DemoReply
{
    int status = 200;
    QByteArray body; // JSON, or empty (204)
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
};
