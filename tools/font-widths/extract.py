#!/usr/bin/env python3
"""Prints the advance widths (1/1000 em, rounded up) of Liberation Sans/Serif, regular and bold, for U+0020-U+007E
and U+00A0-U+00FF, as C# arrays. Liberation's widths match Arial's and Times New Roman's (metric-compatible)."""
import struct, sys, math

def widths(path):
    data = open(path, 'rb').read()
    num = struct.unpack('>H', data[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _, off, length = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
        tables[tag.decode()] = off
    units = struct.unpack('>H', data[tables['head'] + 18:tables['head'] + 20])[0]
    hmetrics = struct.unpack('>H', data[tables['hhea'] + 34:tables['hhea'] + 36])[0]
    hmtx = tables['hmtx']
    advance = lambda g: struct.unpack('>H', data[hmtx + 4 * min(g, hmetrics - 1):hmtx + 4 * min(g, hmetrics - 1) + 2])[0]
    cmap = tables['cmap']
    n = struct.unpack('>H', data[cmap + 2:cmap + 4])[0]
    sub = None
    for i in range(n):
        pid, eid, off = struct.unpack('>HHI', data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
        if pid == 3 and eid == 1:
            sub = cmap + off
    assert struct.unpack('>H', data[sub:sub + 2])[0] == 4
    segx2 = struct.unpack('>H', data[sub + 6:sub + 8])[0]
    seg = segx2 // 2
    ends = struct.unpack('>%dH' % seg, data[sub + 14:sub + 14 + segx2])
    starts = struct.unpack('>%dH' % seg, data[sub + 16 + segx2:sub + 16 + 2 * segx2])
    deltas = struct.unpack('>%dh' % seg, data[sub + 16 + 2 * segx2:sub + 16 + 3 * segx2])
    ro_pos = sub + 16 + 3 * segx2
    ranges = struct.unpack('>%dH' % seg, data[ro_pos:ro_pos + segx2])
    def glyph(c):
        for i in range(seg):
            if starts[i] <= c <= ends[i]:
                if ranges[i] == 0:
                    return (c + deltas[i]) & 0xFFFF
                p = ro_pos + 2 * i + ranges[i] + 2 * (c - starts[i])
                g = struct.unpack('>H', data[p:p + 2])[0]
                return (g + deltas[i]) & 0xFFFF if g else 0
        return 0
    chars = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100))
    return [math.ceil(advance(glyph(c)) * 1000 / units) for c in chars]

base = '/usr/share/fonts/truetype/liberation/'
for name, file in [('SansRegular', 'LiberationSans-Regular.ttf'), ('SansBold', 'LiberationSans-Bold.ttf'),
                   ('SerifRegular', 'LiberationSerif-Regular.ttf'), ('SerifBold', 'LiberationSerif-Bold.ttf')]:
    w = widths(base + file)
    print(f'    private static readonly short[] {name} =')
    print('    [')
    for i in range(0, len(w), 16):
        print('        ' + ', '.join(str(x) for x in w[i:i + 16]) + ',')
    print('    ];')
    print()
