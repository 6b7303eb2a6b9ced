extension HelpText {
  package var indonesian: String {
    switch self {
    case .overview:
      return """
        latih — belajar afiliasi di terminal, tanpa internet

        Pemakaian: latih [PERINTAH] [OPSI]

        Untuk peserta:
          latih [--idle-minutes N]       mulai: siapa Anda? lalu daftar pelajaran
          latih learn [PELAJARAN] [--as SIAPA] [--no-shuffle | --seed N] [--pre | --post]
          latih lessons [--as SIAPA]     daftar pelajaran dan kemajuan
          latih progress [SIAPA] [--format text|json]

        Untuk fasilitator dan penyelenggara:
          latih participants add NAMA... [--group G] [--code K] | list | import BERKAS.csv | link A B
                             | rename SIAPA BARU | remove SIAPA | restore SIAPA | reset-pin SIAPA
          latih session new JUDUL [--place T] [--date YYYY-MM-DD] | list | use ID | add SIAPA...
                        | link A B | rename ID JUDUL | edit ID --pin P | remove ID | restore ID
                        | post-test
          latih record SIAPA INDIKATOR yes|no [--reason R] [--note TEKS] [--session ID]
          latih evaluate [--session ID] [--all]  isian cepat indikator
          latih present PELAJARAN        tampilkan halaman untuk proyektor
          latih report [--session ID] [--group G] [--by session|group] [--people] [--format text|md|csv|html|json|xlsx] [--out BERKAS] [--anonymize]
          latih export --out BERKAS [--format latih|sql|csv] [--include BAGIAN,... | --full]
                                         satu berkas untuk flashdisk (ringkas bawaannya),
                                         atau SQL (PostgreSQL) / CSV (DuckDB) untuk analis
          latih merge BERKAS...          gabungkan data dari laptop lain
          latih certificate SIAPA | --session ID [--out BERKAS.html] | verify KODE
          latih classroom [setup [--apply] | remove]   sambungkan HP peserta ke laptop ini
          latih live [--once --format json] [--anonymize]   pantau kelas langsung
          latih kiosk [--config BERKAS]  pintu masuk HP (ForceCommand sshd)

        Untuk penulis materi:
          latih check [PATH...] [--max-age HARI]   periksa berkas pelajaran

        Opsi umum:
          --data FOLDER      folder data (LATIH_DATA; bawaan ~/.local/share/latih)
          --lessons FOLDER   folder kursus (LATIH_LESSONS; bawaan ./lessons)
          --lang id|en       bahasa (LATIH_LANG; bawaan id)
          --color auto|always|never   warna (NO_COLOR dihormati)
          --help, --version

        Status keluar: 0 berhasil, 1 pemeriksaan gagal, 64 perintah salah, 65 data rusak,
        74 gagal baca/tulis, 130 dihentikan (Ctrl-C).

        """
    case .check:
      return """
        Pemakaian: latih check [PATH...] [--max-age HARI]

        Memeriksa folder kursus (berisi course.md) atau berkas pelajaran .md. Tanpa PATH:
        kursus yang sedang dipakai. Setiap masalah ditulis sebagai
        path:baris:kolom: error|warning: pesan (kolom dihitung per karakter Unicode).
        Keluar dengan status 1 bila ada kesalahan. Format berkas: lessons/FORMAT.md.
        Peringatan bila fakta sebuah pelajaran terakhir diperiksa (checked:) lebih dari
        HARI hari lalu (bawaan 180) atau tidak bertanggal.

        """
    case .lessons:
      return """
        Pemakaian: latih lessons [--as SIAPA]

        Menampilkan pelajaran kursus: judul, menit, jumlah soal, dan tanggal faktanya
        diperiksa. Dengan --as: kemajuan, status dan nilai terbaik peserta itu.

        """
    case .learn:
      return """
        Pemakaian: latih learn [PELAJARAN] [--as SIAPA] [--no-shuffle | --seed N] [--pre | --post]
                               [--idle-minutes N]

        Membuka pelajaran (id atau nomor) tepat di tempat terakhir peserta berhenti. Tanpa
        PELAJARAN: pelajaran berikutnya yang disarankan. Tanpa --as: Latih bertanya nama.
        --no-shuffle  pilihan jawaban tidak diacak
        --seed N      acakan tetap (bisa diulang)
        --pre/--post  untuk tes kursus: tandai sebagai tes awal / tes akhir
        --idle-minutes N  tanpa ketikan N menit: simpan dan tutup giliran (bawaan 10;
                      0 = tidak pernah). Juga untuk latih tanpa perintah.

        Tombol: Enter = lanjut, b = kembali, m = menu, ? = bantuan, q = simpan dan keluar.

        """
    case .progress:
      return """
        Pemakaian: latih progress [SIAPA] [--format text|json]

        Kemajuan satu peserta (atau semua): pelajaran, nilai, percobaan, indikator,
        kegiatan terakhir. Format JSON dijelaskan di README.

        """
    case .participants:
      return """
        Pemakaian:
          latih participants add NAMA... [--group G] [--code K] [--phone HP] [--new] [--session ID]
          latih participants list [--session ID]
          latih participants import BERKAS.csv [--group G] [--session ID]
          latih participants link A B
          latih participants rename SIAPA NAMA-BARU
          latih participants remove SIAPA | restore SIAPA
          latih participants reset-pin SIAPA

        add     mendaftarkan satu atau beberapa nama (pakai tanda kutip untuk nama dengan spasi);
                orang yang sudah terdaftar (nama sama dan kode, HP atau kelompok sama) tidak
                didaftarkan lagi tetapi ditambahkan ke sesi; --new: tetap daftarkan baru
        list    daftar peserta; nama kembar ditandai
        import  daftar peserta: baris judul dokumen, lalu baris judul kolom dengan kolom nama
                (nama, nama lengkap, name); no, kelompok/dusun/RT, kode, HP/WhatsApp boleh;
                pemisah koma, titik koma atau tab; UTF-8, UTF-16 atau Windows-1252 (diubah,
                dan disebutkan); --group: kelompok baris tanpa kelompok; yang sudah
                terdaftar ditambahkan ke sesi dan disebut per baris
        link    menyatakan A dan B orang yang sama (misalnya terdaftar di dua laptop)
        rename  mengganti nama (nama lama tetap tercatat)
        remove  mengeluarkan dari daftar dan laporan; datanya tetap, restore mengembalikan
        reset-pin  menghapus PIN yang terlupa (lihat session --pin)

        """
    case .session:
      return """
        Pemakaian:
          latih session new JUDUL [--place TEMPAT] [--date YYYY-MM-DD] [--force] [--pin KEBIJAKAN]
          latih session edit ID --pin off|optional|required
          latih session list
          latih session use ID
          latih session add SIAPA... [--session ID]
          latih session link A B
          latih session rename ID JUDUL [--place TEMPAT] [--date YYYY-MM-DD]
          latih session remove ID | restore ID
          latih session post-test [--session ID]

        Sesi pelatihan. Sesi baru langsung menjadi sesi aktif; participants dan record
        memakai sesi aktif kecuali --session menyebut yang lain. Sesi dengan judul, tempat
        dan tanggal yang sama (dibuat di beberapa laptop) menjadi satu sesi setelah merge;
        link menggabungkan dua sesi yang sebenarnya satu hari pelatihan. add menambahkan
        peserta yang sudah terdaftar ke sesi. post-test membuka tes akhir: tes kursus
        yang dikerjakan peserta sesi ini sesudahnya adalah tes akhir. --pin: off (bawaan)
        tanpa PIN; optional: peserta boleh memilih PIN 4 angka; required: setiap peserta
        memakai PIN, ditanya sebelum melanjutkan belajarnya di sesi aktif.
        new memberi tahu sesi aktif sebelumnya dan cara kembali ke sana; judul dan tanggal
        sesi lain di tempat lain ditolak kecuali dengan --force; judul atau tempat di
        atas 120 karakter ditolak; tanggal lebih dari 5 tahun dari hari ini diberi
        peringatan. list menandai sesi aktif dengan *.

        """
    case .record:
      return """
        Pemakaian: latih record SIAPA INDIKATOR yes|no [--reason ALASAN] [--note TEKS] [--session ID]

        Mencatat hasil seorang peserta untuk satu indikator. Catatan yang lebih baru
        menggantikan yang lama (keduanya tetap tersimpan); catatan fasilitator
        mengalahkan laporan peserta sendiri. 'no' sebaiknya disertai --reason: id-nya,
        nomornya di daftar kursus, atau awal kata dari labelnya ('dokumen'). SIAPA dicari
        tanpa membedakan huruf besar, aksen dan tanda petik; nama yang tidak ada
        dijawab dengan nama terdekat.

        """
    case .evaluate:
      return """
        Pemakaian: latih evaluate [--session ID] [--all]

        Isian cepat, urut daftar peserta: satu baris per peserta sesuai urutan
        indikator, misalnya yyn, y2y atau + (semua berhasil), lalu Enter. y = berhasil,
        n = belum tanpa alasan, angka = belum dengan alasan itu, - atau Enter = lewati,
        /12 atau /nama = lompat ke peserta, a = tanya ulang peserta ini, b = kembali,
        r = daftar alasan, ? = bantuan, q = selesai (kapan saja). Isian yang sudah
        dicatat atau dilewati tidak ditanya lagi; --all menanyakan semuanya.

        """
    case .present:
      return """
        Pemakaian: latih present PELAJARAN

        Menampilkan pelajaran untuk proyektor, tanpa penilaian: satu layar penuh
        sekali tampil, sesuai ukuran layar; setiap soal satu layar dengan pilihannya.
        Enter = lanjut, b = kembali, j = tampilkan jawaban, q = keluar.

        """
    case .report:
      return """
        Pemakaian: latih report [--session ID] [--group G] [--by session|group] [--people]
                                [--format text|md|csv|html|json|xlsx] [--out BERKAS] [--anonymize]

        Laporan evaluasi: indikator (berhasil n/N dan alasan belum), pelajaran, soal,
        tes awal/akhir, peserta yang perlu dibantu, hasil per peserta. Persentase
        dibulatkan ke bilangan bulat terdekat (0,5 ke atas).

        --session ID  hanya peserta sesi itu (id atau awal id-nya); tanpa ini: semua data
        --group G     hanya peserta kelompok G
        --by session|group   tambah tabel perbandingan antar sesi atau kelompok
        --people      hanya hasil per peserta (satu tabel)
        --format      text (layar), md (Markdown), csv (spreadsheet), html (cetak A4), json,
                      xlsx (buku kerja Excel/LibreOffice, perlu --out)
        --out BERKAS  simpan ke berkas, bukan ke layar (format dari akhiran .txt .md .csv
                      .html .json .xlsx, kecuali --format menyebut lain)
        --anonymize   ganti nama peserta dan kelompok dengan nama samaran
        --lang id|en  bahasa laporan

        """
    case .export:
      return """
        Pemakaian: latih export --out BERKAS [--format latih|sql|csv] [--include BAGIAN,...] [--full]

        Menulis data laptop ini ke satu berkas (untuk flashdisk). Tanpa opsi, nama host,
        nomor telepon, catatan fasilitator dan jawaban yang diketik tidak disertakan;
        semua angka laporan tetap sama setelah digabung.
        --format latih   berkas untuk `latih merge` (bawaan)
        --format sql     tabel dan view untuk PostgreSQL: psql -v ON_ERROR_STOP=1 -f BERKAS;
                         berkas laptop lain dimuat dalam urutan apa pun, hanya yang baru
                         ditambahkan
        --format csv     --out adalah folder: satu CSV per tabel, plus load-duckdb.sql
        --include host,phones,notes,answers   sertakan bagian ini
        --full        sertakan semuanya

        """
    case .merge:
      return """
        Pemakaian: latih merge BERKAS... [--force] [--salvage]

        Menggabungkan berkas ekspor dari laptop lain. Aman diulang: data yang sudah ada
        tidak digandakan. Berkas rusak ditolak (--salvage: ambil bagian yang utuh);
        berkas dari kursus lain ditolak (--force: tetap gabungkan). Setiap berkas
        digabung utuh atau tidak sama sekali: satu catatan yang tidak sah, bertentangan
        dengan data di sini, atau milik peserta yang sedang belajar menolak seluruh berkas.

        """
    case .certificate:
      return """
        Pemakaian:
          latih certificate SIAPA | --session ID [--kind participation|completion] [--out BERKAS.html]
                            [--organizer TEKS] [--signer TEKS]...
          latih certificate verify KODE

        Sertifikat satu halaman A4 mendatar per peserta, untuk satu sesi.
        --kind participation|completion  keikutsertaan (dicatat fasilitator di sesi itu) atau
                                         kelulusan (aturan kursus: tes akhir atau semua pelajaran)
        --organizer TEKS                 penyelenggara
        --signer TEKS                    baris tanda tangan (paling banyak 2)
        --out BERKAS.html                simpan ke berkas (tanpa ini: ke layar)
        verify KODE                      periksa kode verifikasi pada sertifikat

        """
    case .kiosk:
      return """
        Pemakaian: latih kiosk [--config BERKAS]

        Pintu masuk untuk HP peserta yang tersambung lewat ssh (ForceCommand sshd), satu
        proses per sambungan: selamat datang, siapa Anda, lalu daftar pelajaran.
        Folder data, materi, bahasa dan batas diam dibaca hanya dari berkas pengaturan
        (bawaan /etc/latih/kiosk.conf): data=, lessons=, lang=, idle-minutes=.
        Apa pun yang dikirim HP (perintah, variabel lingkungan) diabaikan.

        """
    case .classroom:
      return """
        Pemakaian: latih classroom [setup [--apply] [--password SANDI] [--port N] | remove [--apply]]

        Tanpa subperintah: cara menyambungkan HP ke laptop ini (alamat, pengguna, sandi
        ruang, perintah Termux, QR bila qrencode terpasang).
        setup: tampilkan setiap langkah menyiapkan OpenSSH untuk kelas; --apply
        menjalankannya (sebagai root). remove: membatalkannya.

        """
    case .live:
      return """
        Pemakaian: latih live [--once --format text|json] [--anonymize] [--stuck-minutes N]

        Kelas secara langsung: siapa tersambung atau diam, pelajaran dan halaman/soal
        sekarang, skor, centang, dan siapa yang tampak macet. Tombol: q keluar, s urutan.
        --once mencetak satu potret lalu selesai. Tidak mengubah data apa pun.

        """
    }
  }
}
