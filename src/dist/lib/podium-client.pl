#!/usr/bin/env perl
# Podium's script client: hands a command to this folder's background server and relays its output
# and exit status, as the Java client (dev.podium.cli.ClientMain) does, without paying a JVM's
# start. Perl starts in a few milliseconds and its base (perl-base on Debian) is on nearly every
# Unix; a JVM takes a tenth of a second before it can even open the socket.
#
#   perl podium-client.pl JAR JAVA_HOME [ARG...]      run ARGs on the server of this key
#   perl podium-client.pl --print-key JAR JAVA_HOME   print the key text (for tests)
#
# JAR and JAVA_HOME are the launcher's, spelled as the JVM spells them (real paths). When no
# server takes the command it prints nothing and exits 75 (EX_TEMPFAIL); the launcher then runs
# the Java client, which starts a server, says why it cannot use one, or runs the command itself.
# The key text, the socket name and the wire format mirror ServerKey, SocketFolder and Protocol;
# ScriptClientTest holds the two sides to each other.
use strict;

my $NOT_SERVED = 75;
my $MAGIC = 0x50444d01;
my ($RUN, $CANCEL) = (1, 9);
my ($STDOUT, $STDERR, $EXIT) = (1, 2, 3);
# How long a cancelled command may take to finish, as in the Java client.
my $FINISH_SECONDS = 30;

# The variables of ServerKey.VARIABLES: what changes a command's output or how the JVM reads text.
my %VARIABLES = map { $_ => 1 } qw(
  NO_COLOR CLICOLOR CLICOLOR_FORCE TERM OSTYPE ANSICON ConEmuANSI COLUMNS LANG LANGUAGE LC_ALL
  LC_CTYPE LC_MESSAGES LC_TIME LC_NUMERIC TZ HOME JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS);

my $print_key = @ARGV && $ARGV[0] eq '--print-key';
shift @ARGV if $print_key;
my ($jar, $java_home, @args) = @ARGV;
exit $NOT_SERVED unless defined $java_home;

my $key = key_text($jar, $java_home, working_folder());
if ($print_key) {
  print $key;
  exit 0;
}
# The JVM decodes arguments, paths and variables by the locale; which bytes it would make of
# anything beyond ASCII is for the Java client to find out.
exit $NOT_SERVED if grep { /[^\x00-\x7f]/ } $key, @args;

my $folder = socket_folder();
exit $NOT_SERVED unless owner_only($folder);
my $sock = connected("$folder/" . fnv1a($key) . '.sock');
exit $NOT_SERVED unless $sock;
send_all($sock, request($key, @args));
relay($sock);

# The text ServerKey.of builds: code, JDK, working folder, then the variables that matter, sorted.
sub key_text {
  my ($code, $home, $cwd) = @_;
  my $text = "code $code\njava $home\ncwd $cwd\n";
  for my $name (sort keys %ENV) {
    next unless $VARIABLES{$name} || ($name =~ /^PODIUM_/ && $name !~ /^PODIUM_SERVER/);
    $text .= "env $name=$ENV{$name}\n";
  }
  return $text;
}

# The JVM's user.dir: the kernel's name for the working folder, links resolved.
sub working_folder {
  my $cwd = readlink '/proc/self/cwd';
  return $cwd if defined $cwd;
  require Cwd;
  return Cwd::getcwd();
}

# ServerSetup.from and SocketFolder.defaultPath.
sub socket_folder {
  my $folder = $ENV{PODIUM_SERVER_DIR};
  return $folder if defined $folder && $folder =~ /\S/;
  my $runtime = $ENV{XDG_RUNTIME_DIR};
  return "$runtime/podium" if defined $runtime && $runtime =~ /\S/ && $runtime =~ m{^/};
  my $home = (getpwuid $<)[7];
  $home = $ENV{HOME} unless defined $home && length $home;
  exit $NOT_SERVED unless defined $home;
  return "$home/.cache/podium/server";
}

# SocketFolder.open: a real folder (not a link) of this user, closed to everyone else.
sub owner_only {
  my @status = lstat $_[0];
  return @status
    && ($status[2] & 0170000) == 0040000
    && $status[4] == $<
    && ($status[2] & 0777) == 0700;
}

# FNV-1a over the key's bytes, 64 bits, as ServerKey names the socket. Integer arithmetic wraps.
sub fnv1a {
  use integer;
  my $hash = -3750763034362895579;    # 0xcbf29ce484222325
  for my $byte (unpack 'C*', $_[0]) {
    $hash ^= $byte;
    $hash *= 1099511628211;            # 0x100000001b3
  }
  no integer;
  return sprintf '%016x', $hash;
}

# A connection to the socket, or nothing when there is no socket or nobody listens on it.
sub connected {
  my ($path) = @_;
  return undef unless lstat $path;
  my ($domain, $type, $address);
  if ($^O eq 'linux') {
    # struct sockaddr_un by hand: the Socket module costs more to load than the whole exchange.
    ($domain, $type, $address) = (1, 1, pack('S', 1) . $path . "\0");
  } else {
    require Socket;
    ($domain, $type, $address) =
      (Socket::AF_UNIX(), Socket::SOCK_STREAM(), Socket::pack_sockaddr_un($path));
  }
  socket(my $sock, $domain, $type, 0) or return undef;
  connect($sock, $address) or return undef;
  return $sock;
}

sub string_field { return pack('N', length $_[0]) . $_[0] }

# Protocol.MAGIC, RUN, then Request.write: key, terminal, argument count, arguments.
sub request {
  my ($key_text, @command) = @_;
  # What TerminalCheck.isTerminal tells: standard input and output both a terminal.
  my $terminal = (-t STDIN && -t STDOUT) ? 1 : 0;
  return pack('NC', $MAGIC, $RUN)
    . string_field($key_text)
    . pack('CN', $terminal, scalar @command)
    . join('', map { string_field($_) } @command);
}

sub send_all {
  my ($handle, $bytes) = @_;
  while (length $bytes) {
    my $sent = syswrite $handle, $bytes;
    exit $NOT_SERVED unless defined $sent;
    substr($bytes, 0, $sent) = '';
  }
}

# Copies the server's frames to this process's streams until its exit status. Ctrl-C (or TERM, or
# HUP), or the launcher going away, asks the server to stop the command; its status still comes.
sub relay {
  my ($handle) = @_;
  my $stop = 0;
  $SIG{INT} = $SIG{TERM} = $SIG{HUP} = sub { $stop = 1 };
  # A closed output (a pager quit early) ends no command in-process: the JVM's streams drop what
  # cannot be written, and the command ends with its own status. So here.
  $SIG{PIPE} = 'IGNORE';
  my $parent = getppid;
  my ($printed, $cancelled_at, $buffer) = (0, 0, '');
  my $wanted = '';
  vec($wanted, fileno $handle, 1) = 1;
  while (1) {
    if (($stop || getppid != $parent) && !$cancelled_at) {
      syswrite $handle, pack('C', $CANCEL);
      $cancelled_at = time;
    }
    exit 130 if $cancelled_at && time - $cancelled_at > $FINISH_SECONDS;
    next unless select(my $ready = $wanted, undef, undef, 0.25) > 0;
    my $got = sysread $handle, $buffer, 65536, length $buffer;
    if (!defined $got) {
      next if $!{EINTR};
      last;
    }
    last if $got == 0;
    while (length $buffer >= 5) {
      my ($kind, $length) = unpack 'CN', $buffer;
      last if length $buffer < 5 + $length;
      my $payload = substr $buffer, 5, $length;
      substr($buffer, 0, 5 + $length) = '';
      if ($kind == $STDOUT || $kind == $STDERR) {
        write_all($kind == $STDOUT ? \*STDOUT : \*STDERR, $payload);
        $printed = 1;
      } elsif ($kind == $EXIT) {
        exit unpack('l>', $payload);
      } else {
        # Refused (another key, or a server whose jar changed): the command is not run here.
        ended($printed);
      }
    }
  }
  ended($printed);
}

sub write_all {
  my ($handle, $bytes) = @_;
  while (length $bytes) {
    my $written = syswrite $handle, $bytes;
    next if !defined $written && $!{EINTR};
    return unless defined $written;
    substr($bytes, 0, $written) = '';
  }
}

# The server went away before the exit status: run the command elsewhere if nothing was printed;
# otherwise it failed, and running it again here would print its first lines twice.
sub ended {
  exit $NOT_SERVED unless $_[0];
  print STDERR "podium: the background server stopped before the command finished; run it again\n";
  exit 1;
}
