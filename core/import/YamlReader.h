#pragma once

#include <QString>

class InputTree;

// Reads YAML (with yaml-cpp) into the project's JSON tree, keeping the key order and each
// node's line:column, so importers treat YAML and JSON alike. Scalars follow the YAML 1.2 core
// schema: plain null/~/true/false and JSON-shaped numbers are typed, everything else (and any
// quoted scalar) is a string. Aliases are expanded up to a node budget (no "billion laughs").
class YamlReader
{
public:
    static constexpr int MaxNodes = 1000 * 1000;
    static constexpr int MaxDepth = 256;

    // Fills tree (root and marks), or sets its error with the line:column yaml-cpp reports.
    static void read(const QString &text, InputTree *tree);
};
