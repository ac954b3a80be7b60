"""Pattern tables of the tool-call scanner (shell, paths, SQL, internal hosts).

Every regex is written for the common subset of Hyperscan, RE2 and Python ``re`` (no lookaround, no
backreferences, bounded repeats) and is checked for linear time by the scanner's tests. ``(?:^|[...])``
stands for "start of a command": the scanner joins argument strings with newlines.
"""

from __future__ import annotations

import re

# (id, rule, description, regex)
_CMD = r"(?:^|[\n;&|(`{]|\$\(|\bsudo\s+|\bexec\s+|\bnohup\s+|\bdoas\s+)\s*"
_FLAGS = r"(?:-{1,2}[a-zA-Z][a-zA-Z-]{0,30}\s+){0,6}"
_ROOTISH = (
    r"""["']?(?:/|/\*|~|~/|~/\*|\$HOME/?|\$\{HOME\}/?|\$HOME/\*|/(?:etc|usr|var|home|boot|bin|sbin|lib|lib64|opt|"""
    r"""root|srv|sys|proc|dev|mnt|media|Users|System|Library)/?\*?)["']?(?:\s|;|&|\||\)|$)"""
)

SHELL_PATTERNS: tuple[tuple[str, str, str, str], ...] = (
    # destructive commands
    (
        "rm_root",
        "destructive_shell",
        "recursive delete of the root, home or a system directory",
        r"\brm\s+" + _FLAGS + r"(?:--\s+)?" + _ROOTISH,
    ),
    ("rm_no_preserve", "destructive_shell", "rm --no-preserve-root", r"\brm\s[^\n;|&]{0,200}--no-preserve-root"),
    (
        "find_delete",
        "destructive_shell",
        "find -delete from the root or home",
        r"\bfind\s+(?:/|~|\$HOME)\s[^\n;|&]{0,200}(?:-delete\b|-exec\s+rm\b)",
    ),
    ("mkfs", "destructive_shell", "filesystem creation (mkfs)", r"\bmkfs(?:\.[a-z0-9]{1,10})?\s"),
    (
        "wipe_device",
        "destructive_shell",
        "wipefs/shred/mkswap on a block device",
        r"\b(?:wipefs|shred|mkswap|blkdiscard)\s[^\n;|&]{0,200}/dev/",
    ),
    (
        "dd_device",
        "destructive_shell",
        "dd writing to a block device",
        r"\bdd\s[^\n;|&]{0,200}\bof=/dev/(?:sd|hd|nvme|xvd|vd|mmcblk|disk|rdisk|mapper|md|dm-|root|loop)",
    ),
    (
        "redirect_device",
        "destructive_shell",
        "redirection onto a block device",
        r">\s{0,4}/dev/(?:sd[a-z]|hd[a-z]|nvme[0-9]|xvd[a-z]|vd[a-z]|mmcblk[0-9]|disk[0-9])",
    ),
    (
        "fork_bomb",
        "destructive_shell",
        "fork bomb",
        r"[\w:.]{1,20}\s*\(\s*\)\s*\{\s*[\w:.]{1,20}\s*\|\s*[\w:.]{1,20}\s*&\s*\}\s*;?\s*[\w:.]{1,20}",
    ),
    (
        "chmod_root",
        "destructive_shell",
        "recursive permission change on the root",
        r"\bch(?:mod|own|grp)\s+"
        + _FLAGS
        + r"(?:[0-7]{3,4}|[ugoa]{1,4}[+=][rwxXst]{1,6}|[\w.:-]{1,64})\s+"
        + _FLAGS
        + r"/(?:\s|;|&|\||$|\*)",
    ),
    (
        "power",
        "destructive_shell",
        "shutdown, reboot or halt",
        _CMD + r"(?:shutdown|poweroff|halt|reboot|init\s+[06]|systemctl\s+(?:poweroff|reboot|halt))\b",
    ),
    ("kill_all", "destructive_shell", "kill every process", r"\bkill\s+-(?:9|KILL|SIGKILL)\s+-1\b"),
    ("crontab_remove", "destructive_shell", "crontab -r", r"\bcrontab\s+(?:-u\s+\S{1,32}\s+)?-r\b"),
    (
        "mv_null",
        "destructive_shell",
        "moving the root or home to /dev/null",
        r"\bmv\s+" + _FLAGS + r"(?:/|~|\$HOME)/?\*?\s+/dev/null",
    ),
    ("win_format", "destructive_shell", "formatting a drive", r"\bformat(?:\.com)?\s+[a-zA-Z]:"),
    (
        "win_del",
        "destructive_shell",
        "recursive delete of a drive or the Windows directory",
        r"\b(?:del|erase|rd|rmdir)\s+(?:/[a-zA-Z]\s+){0,4}/[sS]\s+(?:/[a-zA-Z]\s+){0,4}"
        r"""["']?(?:[a-zA-Z]:\\?(?:\*|windows|users|program files)?|\\|"""
        r"""%(?:systemroot|windir|systemdrive|userprofile)%)"""
        r"""\\?["']?(?:\s|$|;|&|\|)""",
    ),
    (
        "ps_remove",
        "destructive_shell",
        "Remove-Item -Recurse on a drive or system directory",
        r"\bRemove-Item\b[^\n;|]{0,200}-Recurse\b[^\n;|]{0,200}"
        r"""(?:\s["']?[a-zA-Z]:\\?(?:\*|windows)?["']?(?:\s|$)|\$env:(?:SystemRoot|windir|SystemDrive|USERPROFILE))""",
    ),
    (
        "shadow_delete",
        "destructive_shell",
        "deleting shadow copies or backups",
        r"\b(?:vssadmin(?:\.exe)?\s+delete\s+shadows|wmic(?:\.exe)?\s+shadowcopy\s+delete|"
        r"wbadmin(?:\.exe)?\s+delete\s+(?:catalog|systemstatebackup|backup))",
    ),
    (
        "bcdedit",
        "destructive_shell",
        "disabling Windows recovery",
        r"\bbcdedit(?:\.exe)?\s[^\n]{0,120}recoveryenabled\s+no",
    ),
    ("cipher_wipe", "destructive_shell", "cipher /w free-space wipe", r"\bcipher(?:\.exe)?\s+/w:"),
    (
        "sql_shell",
        "destructive_shell",
        "dropping a database through a shell client",
        r"\b(?:mysql|mariadb|psql|sqlite3|sqlcmd|mongo|mongosh|redis-cli|clickhouse-client)\b[^\n]{0,300}"
        r"\b(?:drop\s+(?:table|database|schema|keyspace)|truncate\s+table|flushall|flushdb|dropDatabase)\b",
    ),
    # download-and-execute
    (
        "pipe_shell",
        "pipe_to_shell",
        "downloaded content piped into a shell or interpreter",
        r"\b(?:curl|wget|fetch|aria2c|lwp-download|lynx\s+-source|http|https|invoke-webrequest|iwr|irm|"
        r"invoke-restmethod)\b[^\n|;]{0,300}\|\s*(?:sudo\s+(?:-[a-zA-Z]+\s+){0,3})?(?:env\s+)?"
        r"(?:/usr/bin/|/bin/|/usr/local/bin/)?(?:(?:ba|z|k|c|da|fi|tc|a|mk)?sh|python[0-9.]{0,4}|perl|ruby|node|php|"
        r"pwsh|powershell|iex|invoke-expression)\b",
    ),
    (
        "process_subst",
        "pipe_to_shell",
        "shell reading a downloaded script through process substitution",
        r"(?:\b(?:ba|z|k|da)?sh|\bsource|(?:^|[\s;&])\.)\s+(?:-[a-zA-Z]+\s+){0,3}<\(\s*(?:curl|wget)\b",
    ),
    (
        "eval_download",
        "pipe_to_shell",
        "eval of downloaded content",
        r"""\b(?:eval|(?:ba|z|k|da)?sh\s+-c|python[0-9.]{0,4}\s+-c|perl\s+-e)\s+["']?(?:\$\(|`)\s*(?:curl|wget)\b""",
    ),
    (
        "iex_download",
        "pipe_to_shell",
        "PowerShell Invoke-Expression of downloaded content",
        r"\b(?:iex|invoke-expression)\b[\s(]{0,6}(?:iwr|irm|curl|wget|invoke-webrequest|invoke-restmethod|"
        r"new-object\s+(?:system\.)?net\.webclient|\[system\.net\.webclient\]|\(?\s*new-object\s+net\.webclient)",
    ),
    (
        "downloadstring_iex",
        "pipe_to_shell",
        "DownloadString fed to Invoke-Expression",
        r"\bdownloadstring\s*\([^\n]{0,300}\)\s*\|\s*(?:iex|invoke-expression)\b|"
        r"\b(?:iex|invoke-expression)\b[^\n]{0,60}\.downloadstring\s*\(",
    ),
    (
        "b64_shell",
        "pipe_to_shell",
        "base64-decoded content piped into a shell",
        r"\bbase64\s+(?:-d|--decode|-D)\b[^\n|;]{0,200}\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|python[0-9.]{0,4}|perl)\b",
    ),
    (
        "b64_exec",
        "pipe_to_shell",
        "execution of base64-decoded code",
        r"\b(?:exec|eval)\s*\(\s*(?:base64\.)?b64decode\s*\(|\bFromBase64String\b[^\n]{0,200}\b(?:iex|invoke-expression)\b",
    ),
    (
        "ps_encoded",
        "pipe_to_shell",
        "PowerShell with an encoded command",
        r"\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,120}\s[-/](?:e|ec|en|enc[a-z]{0,11})\s+[A-Za-z0-9+/]{20}",
    ),
    (
        "lolbin_remote",
        "pipe_to_shell",
        "remote script execution through a Windows binary",
        r"\bmshta(?:\.exe)?\s+(?:https?:|javascript:|vbscript:)|\bregsvr32(?:\.exe)?\b[^\n]{0,100}/i:\s*https?:|"
        r"\brundll32(?:\.exe)?\b[^\n]{0,60}javascript:",
    ),
    # paths
    ("dotdot", "path_traversal", "repeated ../ traversal", r"(?:\.\.[/\\]){2,}|\.\.\.\.//|\.\.\.\.\\\\"),
    (
        "dotdot_encoded",
        "path_traversal",
        "URL-encoded ../ traversal",
        r"(?:%2e|\.)(?:%2e|\.)(?:%2f|%5c)|%2e%2e[/\\]|%252e%252e|%c0%ae%c0%ae|\.\.%c0%af|\.\.%c1%9c|\.\.%00",
    ),
    (
        "dotdot_sensitive",
        "path_traversal",
        "../ into a sensitive directory",
        r"\.\.[/\\](?:etc|root|proc|home|boot|var|windows|\.ssh|\.aws|\.env)\b",
    ),
    ("etc_path", "path_traversal", "absolute path into /etc", r"""(?:^|[\s"'=:(,<>|;&])/etc(?:/|\s|$|["'])"""),
    (
        "root_path",
        "path_traversal",
        "absolute path into /root, /proc/self or a secrets mount",
        r"""(?:^|[\s"'=:(,<>|;&])(?:/root(?:/|\s|$|["'])|/proc/(?:self|[0-9]{1,7})/|/var/run/secrets/|/run/secrets/|"""
        r"""/var/lib/(?:docker|kubelet)/|/dev/(?:mem|kmem|port)\b|/boot/)""",
    ),
    (
        "home_secrets",
        "path_traversal",
        "credential file in a home directory",
        r"""(?:~|\$HOME|\$\{HOME\}|%USERPROFILE%|%HOMEPATH%|/home/[^/\s"']{1,64}|/Users/[^/\s"']{1,64}|"""
        r"""[a-zA-Z]:\\Users\\[^\\\s"']{1,64})[/\\]\.(?:ssh|aws|gnupg|kube|docker|config[/\\]gcloud|azure|netrc|"""
        r"""npmrc|pypirc|git-credentials|bash_history|zsh_history|pgpass|vault-token|password-store)""",
    ),
    (
        "ssh_keys",
        "path_traversal",
        "SSH private key or authorized_keys file",
        r"""[/\\](?:id_(?:rsa|dsa|ecdsa|ed25519)|authorized_keys)(?:\s|$|["',;)])""",
    ),
    (
        "windows_system",
        "path_traversal",
        "Windows system directory or registry hive",
        r"[a-zA-Z]:[\\/]{1,2}windows[\\/]{1,2}(?:system32|syswow64|repair|panther)|\\windows\\system32|"
        r"%(?:systemroot|windir)%|\\\\[.?]\\(?:physicaldrive|globalroot)|[\\/]config[\\/](?:sam|system|security)\b",
    ),
)

# Hosts that answer with cloud credentials or resolve to the machine itself.
METADATA_HOSTS = frozenset(
    {
        "metadata.google.internal",
        "metadata.goog",
        "metadata",
        "instance-data",
        "instance-data.ec2.internal",
        "169.254.169.254",
        "169.254.170.2",
        "fd00:ec2::254",
        "100.100.100.200",
        "metadata.tencentyun.com",
        "metadata.platformequinix.com",
        "kubernetes.default",
        "kubernetes.default.svc",
    }
)
LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost", "ip6-loopback", "localhost.localdomain"})
# Public wildcard-DNS services that resolve names to any address (127.0.0.1.nip.io -> 127.0.0.1).
REBIND_SUFFIXES = (".nip.io", ".sslip.io", ".xip.io", ".localtest.me", ".lvh.me", ".vcap.me", ".traefik.me")
REBIND_HOSTS = frozenset({"localtest.me", "lvh.me", "vcap.me"})
SSRF_SCHEMES = frozenset({"file", "gopher", "dict", "ldap", "ldaps", "tftp", "jar", "netdoc", "phar", "expect", "php"})

# A whole string that is only a host (with an optional port).
BARE_HOST = re.compile(
    r"(\[[0-9a-fA-F:.]{2,64}\]|(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}|localhost|"
    r"metadata|instance-data|[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){0,6}\.(?:internal|localhost|local))"
    r"(?::[0-9]{1,5})?"
)

# SQL: literals and comments are blanked before looking for write statements. Unterminated ones run to
# the end (so every match consumes its text: linear).
SQL_STRIP = re.compile(
    r"'(?:[^'\\]|''|\\.?)*(?:'|\Z)|\"(?:[^\"]|\"\")*(?:\"|\Z)|`[^`]*(?:`|\Z)|--[^\n]*|#[^\n]*|"
    r"/\*(?:[^*]|\*(?!/))*(?:\*/|\Z)|\$\$(?:[^$]|\$(?!\$))*(?:\$\$|\Z)",
    re.DOTALL,
)
_OBJ = (
    r"(?:table|view|index|database|schema|function|procedure|trigger|user|role|sequence|type|extension|column|"
    r"constraint|policy|event|rule|domain|tablespace|server|publication|subscription|keyspace|collation|login)"
)
SQL_WRITE = re.compile(
    r"\s*(?:explain\s+(?:analyze\s+|verbose\s+){0,2})?"
    r"(insert\s+(?:(?:or\s+\w+|ignore|low_priority|delayed|high_priority)\s+){0,2}into\b|"
    r"update\s+(?:only\s+)?[\w.\"`\[\]]{1,128}(?:\s+(?:as\s+)?\w{1,64})?\s+set\b|"
    r"delete\s+(?:from\b|[\w.\"`\[\]]{1,128}\s+from\b)|"
    r"(?:drop|alter)\s+(?:(?:temp|temporary|unique|materialized|global|local|unlogged)\s+){0,2}" + _OBJ + r"\b|"
    r"create\s+(?:or\s+replace\s+)?(?:(?:temp|temporary|unique|materialized|global|local|unlogged|"
    r"recursive|external)\s+){0,2}" + _OBJ + r"\b|"
    r"truncate\s+(?:table\s+)?[\w.\"`\[\]]{1,128}\s*(?:;|,|\)|$|\s(?:restart|continue|cascade|restrict)\b)|"
    r"(?:grant|revoke)\s+[\w\s,()]{1,200}?\s(?:on|to|from)\b|"
    r"merge\s+into\b|replace\s+into\b|upsert\s+into\b|"
    r"copy\s+[\w.\"]{1,128}\s*(?:\([^)]{0,500}\)\s*)?from\b|load\s+data\b|"
    r"attach\s+(?:database\s+)?'|rename\s+table\b|lock\s+tables?\b|vacuum\b|reindex\b)",
    re.IGNORECASE,
)
SQL_INTO_FILE = re.compile(r"\binto\s+(?:outfile|dumpfile)\b", re.IGNORECASE)

SQL_STATEMENT_START = re.compile(r"[;()\n]")

# Words a write statement needs: a cheap gate (one pass of the multi-pattern engine) before the SQL work.
SQL_KEYWORDS = (
    r"insert|update|delete|drop|alter|truncate|grant|revoke|create|merge|replace|upsert|copy|load|attach|"
    r"rename|lock|vacuum|reindex|into"
)

# Destructive SQL in any tool's arguments (``toolcalls.sql_destructive``): what cannot be undone. Matched at a
# statement start of the literal- and comment-stripped text, like SQL_WRITE.
_IDENT = r"[\w.\"`\[\]]{1,128}"
_END = r"\s*(?:;|\n|\Z)"  # the statement ends right there: "delete from the list and ..." is prose, not SQL
SQL_DESTRUCTIVE = re.compile(
    r"\s*(drop\s+(?:table|database|schema|keyspace|view|materialized\s+view|user|role|index|tablespace)\s+"
    r"(?:if\s+exists\s+)?" + _IDENT + r"(?:\s*,\s*" + _IDENT + r")*(?:\s+(?:cascade|restrict))?" + _END + "|"
    r"truncate\s+(?:table\s+)?" + _IDENT + r"(?:\s+(?:restart\s+identity|continue\s+identity|cascade|restrict))*"
    + _END + "|"
    r"delete\s+from\s+" + _IDENT + r"(?:\s+(?:as\s+)?\w{1,64})?" + _END + "|"
    r"alter\s+table\s+" + _IDENT + r"\s+drop\s+(?:column\s+)?" + _IDENT + r")",
    re.IGNORECASE,
)
# A tool whose name says it deletes, given an argument that selects everything (``toolcalls.mass_delete``).
DELETE_TOOL = re.compile(r"(?:delete|remove|purge|wipe|destroy|erase|truncate|drop|clear)", re.IGNORECASE)
SELECT_ALL = frozenset({"*", "%", ".*", "*.*", "/*", "all", "everything", "any", "true", "1=1", "*:*"})
