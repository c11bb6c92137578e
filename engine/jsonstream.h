#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <vector>

namespace caredesk {

/// Writes JSON as it is produced, byte for byte as QJsonDocument::toJson(Indented)
/// would write the same document (four-space indents, `"key": value`, a newline at the
/// end), without building the tree first. Large answers (a clinic's availability for a
/// quarter) go out in buffered chunks.
///
/// The caller writes an object's keys in the order QJsonObject keeps them (sorted by
/// code point); the writer does not reorder.
class JsonStream
{
public:
    explicit JsonStream(std::FILE *out)
        : m_out(out)
    {}
    ~JsonStream() { flush(); }
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /// The next member's key (inside an object).
    void key(const char *latin1Key);
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);

    /// Shortcuts for `key(k); value(v);`.
    template<typename T>
    void member(const char *k, const T &v)
    {
        key(k);
        value(v);
    }

    /// Writes what is buffered to the stream.
    void flush();

    /// The JSON text form of `text`, quotes included, escaped as Qt escapes it.
    static void appendQuoted(QByteArray &out, const QString &text);

private:
    void open(char bracket);
    void close(char bracket);
    /// Before a value or container: the separator and indent an array element needs
    /// (an object member's were written by key()).
    void beforeValue();
    void indent(std::size_t depth);
    void maybeFlush()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }

    static constexpr qsizetype kChunk = 64 * 1024;
    std::FILE *m_out;
    QByteArray m_buffer;
    /// Per open container: elements written so far; the top-level entry is the document.
    std::vector<int> m_counts;
    bool m_afterKey = false;
};

} // namespace caredesk
