/// A valid lesson using every construct of FORMAT.md, and a valid manifest: the starting
/// points of the generated malformed files.
package enum ValidFiles {
  package static let lesson = """
    ---
    id: daftar-kreator
    title: Daftar sebagai Kreator
    minutes: 20
    attempts: 3
    ---

    # Daftar sebagai Kreator

    ## Sebelum mulai
    Teks biasa, **tebal**, *miring*, `kode`, dan [tautan](https://seller-id.tokopedia.com).
    Lanjutan paragraf <https://x.id> dan \\*bintang\\*.

    - Merchant
      - Nano
    - Afiliasi
      lanjutan
    1. Satu
    2. Dua

    ### Subjudul
    > Catatan penting.

    | Tingkat | Pengikut |
    |---|---|
    | Nano | 1.000–10.000 |

    ```
    #promo #affiliate
    ```
    ---

    ## Langkah pendaftaran [checklist]
    Centang yang sudah.
    - [ ] Saya sudah login
    - [ ] Saya sudah menginstal aplikasi [indicator: installed-app]
    - [ ] Rekening bank {#rekening}

    ## Kuis [quiz]
    ### Berapa umur minimal? {#umur-minimal}
    Situasi singkat.

    - ( ) 15 tahun
      > Terlalu muda.
    - (x) 18 tahun
    > [hint] Ingat KTP.
    > Minimal 18 tahun.

    ### Mana saja syarat?
    - [x] Berusia 18
    - [x] Pengikut
    - [ ] Toko fisik

    ### Afiliasi sama dengan MLM. [false]
    > Bukan.

    ### Urutkan [order]
    1. Login
    2. Buka profil
    3. Pilih Creator Center

    ### Tanggal gajian? [short]
    - 25
    - tanggal 25

    """

  package static let manifest = CourseFixture.manifest
}
