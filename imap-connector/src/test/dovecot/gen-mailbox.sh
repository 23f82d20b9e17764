#!/usr/bin/env bash
# Writes a Maildir++ mailbox of conversation threads: the other side's messages in INBOX, the user's
# replies in .Sent, some messages unread (in new/), some flagged, some answered.
# Usage: gen-mailbox.sh MAILDIR MESSAGES [USER_ADDRESS]
set -euo pipefail
dir=$1 total=$2 me=${3:-laura@brightline.test}
mkdir -p "$dir"/{cur,new,tmp} "$dir"/.Sent/{cur,new,tmp} "$dir"/.Junk/{cur,new,tmp} "$dir"/.Archive/{cur,new,tmp}
printf 'Sent\nJunk\nArchive\n' > "$dir/subscriptions"
partners=("Mark Ellison <mark@greenfield.test>" "Carmen Ruiz <carmen@costa-azul.test>" "Jens Hartmann <j.hartmann@nordhafen.test>" "Sanne de Vries <s.devries@meridian.test>")
topics=("Shipment delay container" "Invoice 2025" "Visit in March" "Customs papers" "Pallet count" "Quarterly review")
per_thread=5
base=1700000000
n=0 t=0
while [ "$n" -lt "$total" ]; do
  partner=${partners[$((t % ${#partners[@]}))]}
  topic="${topics[$((t % ${#topics[@]}))]} #$t"
  refs=""
  for ((k = 1; k <= per_thread && n < total; k++)); do
    id="<t$t.m$k@threadguard.test>"
    ts=$((base + t * 7200 + k * 600))
    if ((k % 2 == 1)); then from=$partner; to="Laura Weber <$me>"; box=""; else from="Laura Weber <$me>"; to=$partner; box=".Sent"; fi
    subj=$([ "$k" -gt 1 ] && echo "Re: $topic" || echo "$topic")
    date=$(LC_ALL=C date -u -d "@$ts" '+%a, %d %b %Y %H:%M:%S +0000')
    msg="From: $from\r\nTo: $to\r\nSubject: $subj\r\nDate: $date\r\nMessage-ID: $id\r\n"
    if [ -n "$refs" ]; then msg+="In-Reply-To: ${refs##* }\r\nReferences: $refs\r\n"; fi
    msg+="MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    msg+="Hello,\r\n\r\nmessage $k of the thread about $topic. The pallets leave on Tuesday;\r\nplease confirm the slot and the customs papers.\r\n\r\nBest regards\r\n"
    if [ -n "$refs" ]; then msg+="\r\n> previous message in this thread\r\n"; fi
    refs="${refs:+$refs }$id"
    # flags are part of the file name: S seen, F flagged, R replied; every 7th INBOX message stays unread in new/
    if [ -z "$box" ] && ((n % 7 == 3)); then sub=new; info=""
    else sub=cur; flags=S; ((n % 11 == 0)) && flags="FS"; ((k < per_thread && n % 3 == 0)) && flags="${flags/S/RS}"; info=":2,$flags"; fi
    printf "$msg" > "$dir/$box/$sub/$ts.M${n}P$$.threadguard$info"
    n=$((n + 1))
  done
  t=$((t + 1))
done
