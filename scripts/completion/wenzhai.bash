# bash completion for wenzhai(1): commands, each command's options, manifests and pages.
_wenzhai() {
  local cur prev cmd i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      build|segment|dump|layouts|preflight|bench) cmd="${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "build segment dump layouts preflight bench --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    -o|--output)
      if [[ "$cmd" == build ]]; then COMPREPLY=($(compgen -d -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
      return ;;
    --profile) COMPREPLY=($(compgen -W "screen print archive" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "md json text" -- "$cur")); return ;;
    --review) COMPREPLY=($(compgen -f -X '!*.html' -- "$cur")); return ;;
    --encoding|-n|--runs|--scale) return ;;
  esac
  local opts
  case "$cmd" in
    build) opts="-o --output --pdf-only --epub-only -q --quiet --json --profile --allow-outside --help" ;;
    segment) opts="--format -o --output --encoding --structured --review -q --quiet --no-normalize-punctuation --help" ;;
    dump) opts="--pages --positions --allow-outside --help" ;;
    preflight) opts="--profile --help" ;;
    bench) opts="-n --runs --pdf-only --epub-only --scale --allow-outside --help" ;;
    *) opts="--help" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ "$cmd" == segment ]]; then
    COMPREPLY=($(compgen -f -X '!*.@(txt|md)' -- "$cur") $(compgen -d -- "$cur"))
  elif [[ "$cmd" == preflight ]]; then
    COMPREPLY=($(compgen -f -X '!*.pdf' -- "$cur") $(compgen -d -- "$cur"))
  elif [[ "$cmd" != layouts ]]; then
    COMPREPLY=($(compgen -f -X '!*.toml' -- "$cur") $(compgen -d -- "$cur"))
  fi
}
complete -o filenames -F _wenzhai wenzhai
