#include "ZipArchive.h"

#include <QCoreApplication>

#include <zip.h>

#include <cstdio>

namespace {

QString libzipError(zip_error_t *error)
{
    return QCoreApplication::translate("ZipArchive", "zip: %1")
        .arg(QString::fromUtf8(zip_error_strerror(error)));
}

// Copies the whole content of an in-memory source once libzip has finished writing into it.
bool drain(zip_source_t *source, QByteArray *out, QString *error)
{
    zip_stat_t stat;
    if (zip_source_stat(source, &stat) < 0 || zip_source_open(source) < 0) {
        *error = libzipError(zip_source_error(source));
        return false;
    }
    out->resize(static_cast<qsizetype>(stat.size));
    const zip_int64_t got = zip_source_read(source, out->data(), stat.size);
    zip_source_close(source);
    if (got != static_cast<zip_int64_t>(stat.size)) {
        *error = libzipError(zip_source_error(source));
        return false;
    }
    return true;
}

} // namespace

QByteArray ZipArchive::write(const QList<Entry> &entries, QString *error)
{
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_TRUNCATE, &zerror) : nullptr;
    if (!archive) {
        *error = libzipError(&zerror);
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerror);
        return {};
    }
    zip_source_keep(source); // zip_close must leave the buffer to us
    for (const Entry &entry : entries) {
        // ZIP_FL ... the data is copied by libzip only at close: entries outlive the loop.
        zip_source_t *data
            = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!data
            || zip_file_add(archive, entry.name.toUtf8().constData(), data,
                            ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                < 0) {
            *error = libzipError(zip_get_error(archive));
            if (data)
                zip_source_free(data);
            zip_discard(archive);
            zip_source_free(source);
            zip_error_fini(&zerror);
            return {};
        }
    }
    QByteArray out;
    if (zip_close(archive) < 0) {
        *error = libzipError(zip_get_error(archive));
        zip_discard(archive);
    } else if (!drain(source, &out, error)) {
        out.clear();
    }
    zip_source_free(source);
    zip_error_fini(&zerror);
    return out;
}

bool ZipArchive::read(const QByteArray &bytes, QList<Entry> *entries, QString *error)
{
    if (bytes.isEmpty()) { // libzip reads no bytes as an empty archive; an empty file is not one
        *error = QCoreApplication::translate("ZipArchive", "zip: Not a zip archive (empty)");
        return false;
    }
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *source
        = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerror);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror) : nullptr;
    if (!archive) {
        *error = libzipError(&zerror);
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerror);
        return false;
    }
    bool ok = true;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; ok && i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) < 0) {
            *error = libzipError(zip_get_error(archive));
            ok = false;
            break;
        }
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        Entry entry;
        entry.name = QString::fromUtf8(stat.name);
        entry.data.resize(static_cast<qsizetype>(stat.size));
        ok = file && zip_fread(file, entry.data.data(), stat.size) == static_cast<zip_int64_t>(stat.size);
        if (!ok)
            *error = libzipError(zip_get_error(archive));
        if (file)
            zip_fclose(file);
        entries->append(entry);
    }
    zip_close(archive); // read-only: frees the archive and its source
    zip_error_fini(&zerror);
    return ok;
}
