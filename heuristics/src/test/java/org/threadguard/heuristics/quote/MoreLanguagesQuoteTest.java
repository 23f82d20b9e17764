package org.threadguard.heuristics.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.thread.Threader;

/** Quote headers of clients set to languages beyond the seven of the first release, and their reply prefixes. */
class MoreLanguagesQuoteTest {
    private static void splitsAt(String newText, String history, String author) {
        QuoteSplit s = QuoteSplitter.split(newText + "\n\n" + history);
        assertThat(s.newText()).as(history).isEqualTo(newText);
        assertThat(s.hasQuote()).as(history).isTrue();
        assertThat(s.quotedMessages()).as(history).isNotEmpty();
        assertThat(s.quotedMessages().get(0).author()).as(history).contains(author);
    }

    @Test
    void outlookHeaderBlocks() {
        splitsAt("Dzięki, wysyłam jutro.", "Od: Anna Nowak <anna@firma.example>\nWysłano: poniedziałek, 3 marca 2026 10:12\n"
                + "Do: Jan Kowalski <jan@firma.example>\nTemat: Faktura 42\n\nProszę o potwierdzenie.", "Anna Nowak");
        splitsAt("Спасибо, получил.", "От: Иван Петров <ivan@zavod.example>\nОтправлено: 3 марта 2026 г. 10:12\n"
                + "Кому: Анна <anna@zavod.example>\nТема: Поставка\n\nДокументы во вложении.", "Иван Петров");
        splitsAt("Teşekkürler.", "Kimden: Ayşe Yılmaz <ayse@firma.example>\nGönderildi: 3 Mart 2026 Salı 10:12\n"
                + "Kime: Mehmet <mehmet@firma.example>\nKonu: Sipariş\n\nSiparişi onaylıyorum.", "Ayşe Yılmaz");
        splitsAt("ありがとうございます。", "差出人: 田中 太郎 <tanaka@kaisha.example>\n送信日時: 2026年3月3日 10:12\n"
                + "宛先: 佐藤 <sato@kaisha.example>\n件名: 見積もり\n\n見積もりを送ります。", "田中 太郎");
        splitsAt("收到，谢谢。", "发件人： 王伟 <wang@gongsi.example>\n发送时间： 2026年3月3日 10:12\n"
                + "收件人： 李娜 <li@gongsi.example>\n主题： 订单\n\n订单已确认。", "王伟");
        splitsAt("Díky.", "-------- Původní zpráva --------\nOd: Petr Novák <petr@firma.example>\nOdesláno: 3. 3. 2026 10:12\n"
                + "Komu: Eva <eva@firma.example>\nPředmět: Smlouva\n\nPosílám smlouvu.", "Petr Novák");
    }

    @Test
    void attributionLines() {
        splitsAt("Dzięki!", "pon., 3 mar 2026 o 10:12 Anna Nowak <anna@firma.example> napisał(a):\n> Proszę o potwierdzenie.",
                "Anna Nowak");
        splitsAt("Tamam.", "3 Mar 2026 Sal, 10:12 tarihinde Ayşe Yılmaz <ayse@firma.example> şunu yazdı:\n> Siparişi onaylıyorum.",
                "Ayşe Yılmaz");
        splitsAt("Kiitos.", "ti 3. maalisk. 2026 klo 10.12 Matti Virtanen (matti@yritys.example) kirjoitti:\n> Lasku liitteenä.",
                "Matti Virtanen");
        splitsAt("Díky.", "po 3. 3. 2026 v 10:12 odesílatel Petr Novák <petr@firma.example> napsal:\n> Posílám smlouvu.",
                "Petr Novák");
        splitsAt("Хорошо.", "03.03.2026 10:12, Иван Петров пишет:\n> Документы во вложении.", "Иван Петров");
        splitsAt("Dzięki.", "W dniu 3.03.2026 o 10:12, Anna Nowak pisze:\n> Proszę o potwierdzenie.", "Anna Nowak");
    }

    @Test
    void moreAttributionLines() {
        splitsAt("Ευχαριστώ.", "Στις 3/4/2025 11:20 π.μ., ο/η Stavros Kyriakidis <s.k@agency.example> έγραψε:\n"
                + "> Καλημέρα σας, λάβαμε ειδοποίηση.", "Stavros Kyriakidis");
        assertThat(QuoteSplitter.split("Ευχαριστώ.\n\nΣτις 3/4/2025 11:20 π.μ., ο/η Stavros Kyriakidis "
                + "<s.k@agency.example> έγραψε:\n> Καλημέρα σας.").quotedMessages().get(0).author())
                .startsWith("Stavros");
        splitsAt("Mulțumesc.", "Pe mar., 3 mar. 2026 la 10:12, Ion Popescu <ion@firma.example> a scris:\n> Factura atașată.",
                "Ion Popescu");
        splitsAt("Hvala.", "uto, 3. ožu 2026. u 10:12 Ivana Horvat <ivana@tvrtka.example> je napisala:\n> Račun u prilogu.",
                "Ivana Horvat");
        splitsAt("감사합니다.", "2026년 3월 3일 (화) 오전 10:12, 김지윤 <jiyoon@hanbit.example>님이 작성:\n> 견적서를 보내드립니다.",
                "김지윤");
        splitsAt("收到，谢谢。", "王伟 <wang@gongsi.example> 于2026年3月3日周二 10:12写道：\n> 订单已确认。", "王伟");
        splitsAt("Terima kasih.", "Pada tanggal Sel, 3 Mar 2026 10.12, Budi Santoso <budi@pt.example> menulis:\n"
                + "> Faktur terlampir.", "Budi Santoso");
    }

    @Test
    void replyPrefixes() {
        for (String s : new String[] {"Ответ: Поставка", "回复：订单", "答复: 订单", "ΑΠ: Παραγγελία", "Odp: Faktura 42", "YNT: Sipariş"}) {
            assertThat(Threader.isReplySubject(s)).as(s).isTrue();
        }
        assertThat(Threader.isForwardSubject("转发: 订单")).isTrue();
    }
}
