/// The hostile-text corpus: payloads that try to take over a terminal, inject HTML into a
/// report, plant a live formula in a spreadsheet, or escape the data folder. Each list
/// has at least 50 entries; tests put them in every field a person, a lesson author or
/// another laptop's export can fill.
enum HostileText {
  static let escape = "\u{1B}"

  /// Every C0 control but the newline, DEL, every C1 control, escape sequences (CSI, OSC
  /// 0/8/52, DCS, APC, PM, SOS, 8-bit CSI) and every bidirectional control.
  static let terminal: [String] = {
    var payloads = (0x00...0x1F).filter { $0 != 0x0A }.map { String(UnicodeScalar(UInt8($0))) }
    payloads.append("\u{7F}")
    payloads += (0x80...0x9F).map { String(Character(Unicode.Scalar($0)!)) }
    payloads += [
      "\(escape)[2J\(escape)[H", "\(escape)[31mmerah\(escape)[0m", "\(escape)[?1049h",
      "\(escape)[1;1H\(escape)[K", "\(escape)[6n", "\(escape)[?25l", "\(escape)c",
      "\(escape)]0;judul palsu\u{07}", "\(escape)]2;judul\(escape)\\",
      "\(escape)]8;;https://jahat.example/\(escape)\\klik\(escape)]8;;\(escape)\\",
      "\(escape)]52;c;cm0gLXJmIH4=\u{07}", "\(escape)]52;p;?\(escape)\\",
      "\(escape)P+q544e\(escape)\\", "\(escape)P$q\"p\(escape)\\", "\(escape)_apc\(escape)\\",
      "\(escape)^pm\(escape)\\", "\(escape)Xsos\(escape)\\", "\u{9B}31m", "\u{9D}0;x\u{9C}",
      "\u{90}dcs\u{9C}", "\r\(escape)[2KSiti palsu", "\u{08}\u{08}\u{08}xxx",
    ]
    payloads += [
      "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
      "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{FFF9}", "\u{FFFA}",
      "\u{FFFB}", "Siti\u{202E}nimda\u{202C}", "\u{2067}\u{202E}gnp.exe\u{2069}",
    ]
    return payloads
  }()

  /// Markup that would become an element, an attribute or a script if not escaped.
  static let html: [String] = {
    let tags = [
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
      "</title><script>alert(1)</script>", "</style><script>alert(1)</script>",
      "<a href=\"javascript:alert(1)\">klik</a>", "<a href=javascript:alert(1)>x</a>",
      "javascript:alert(1)", "<iframe src=\"https://jahat.example\"></iframe>",
      "<!-- komentar", "--><script>x</script>", "<![CDATA[<script>x</script>]]>",
      "<body onload=alert(1)>", "<meta http-equiv=\"refresh\" content=\"0;url=x\">",
      "<link rel=stylesheet href=//x>", "<style>body{display:none}</style>",
      "<object data=x>", "<embed src=x>", "<form action=x><input name=p>",
      "<base href=\"https://jahat.example/\">", "<math><mi xlink:href=x>",
      "<svg><script>alert(1)</script></svg>", "<img src=\"x\" onerror=\"alert(1)\">",
      "<div style=\"background:url(javascript:x)\">", "\" onmouseover=\"alert(1)",
      "' onfocus='alert(1)", "<textarea></textarea><script>x</script>", "<plaintext>",
      "&lt;script&gt;", "&#60;script&#62;", "<ScRiPt>alert(1)</sCrIpT>", "<scr<script>ipt>",
      "<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)>",
      "<table><tr><td>x</td></tr></table>", "</td></tr></table><h1>palsu</h1>",
      "<p>paragraf</p>", "<b>tebal</b>", "<noscript><p title=\"</noscript><img src=x>\">",
      "<template><script>x</script></template>", "<xmp><script>x</script></xmp>",
      "<isindex action=javascript:x>", "<marquee onstart=alert(1)>",
      "<a href=\"data:text/html,<script>x</script>\">", "<svg><a xlink:href=\"javascript:x\">",
      "<img src=x onerror=alert`1`>", "<x onclick=alert(1)>klik</x>",
      "<input autofocus onfocus=alert(1)>", "<select onchange=x><option>1</option></select>",
      "<keygen autofocus onfocus=x>", "<audio src=x onerror=x>",
    ]
    return tags
  }()

  /// Cells a spreadsheet would run as a formula (or that break rows) if not neutralised.
  static let csv: [String] = {
    let starts = ["=", "+", "-", "@", "\t", "\r", " =", "  +", "\u{A0}=", "\t="]
    let bodies = [
      "1+1", "HYPERLINK(\"http://jahat.example\",\"klik\")", "cmd|' /C calc'!A0",
      "SUM(A1:A9)", "2+3", "IMPORTXML(\"http://x\",\"//a\")",
    ]
    var payloads: [String] = []
    for start in starts {
      for body in bodies { payloads.append(start + body) }
    }
    payloads += [
      "a,b", "a;b", "\"kutip\"", "baris\nbaru", "baris\r\nbaru", "=1\n=2", "'=1", "-", "+",
      "=", "@", "\t", "\r",
    ]
    return payloads
  }()

  /// Names, codes and ids that try to leave the data folder or confuse a path.
  static let paths: [String] = {
    var payloads = [
      "../", "../../", "../../../../../../etc/passwd", "/", "/etc/passwd", "/tmp/x", "..",
      ".", "./", "a/../../b", "../participants/x", "..\\..\\x", "~", "~/x", "$HOME",
      "%2e%2e%2f", "%2e%2e/", "..%2f", "\u{2215}etc\u{2215}passwd", "．．／", "x/", "/x",
      "participants", "device.json", "sessions.jsonl", "current-session", "x.jsonl",
      "0123456789abcdef", "0123456789abcdef.jsonl", "../0123456789abcdef.jsonl", "\u{0}",
      "a\u{0}b", "../\u{0}", "\u{0}/etc/passwd", "con", "nul", "aux", "*", "?", "[x]",
      "-rf", "--data=/tmp", "\n../x", "x\n/y", " ../ ", "....//", "..././",
    ]
    payloads += [300, 255, 256, 4096, 10_000].map { String(repeating: "a", count: $0) }
    payloads += [String(repeating: "../", count: 100), String(repeating: "é", count: 5000)]
    return payloads
  }()

  /// `text` with `payload` in its middle.
  static func embed(_ payload: String, in text: String = "Siti Aminah") -> String {
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    return String(text[..<middle]) + payload + String(text[middle...])
  }
}
