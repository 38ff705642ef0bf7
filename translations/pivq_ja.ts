<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>pivq::ui::CompareDialog</name>
    <message>
        <source>Compare results</source>
        <translation>結果を比較</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag to move</source>
        <translation>ホイールまたは +/- でズーム、ドラッグで移動</translation>
    </message>
</context>
<context>
    <name>pivq::ui::GalleryStrip</name>
    <message>
        <source>Kept results: drag one onto an input to use it, right-click to save, remove or compare</source>
        <translation>保存した結果：入力にドラッグすると使用できます。右クリックで保存・削除・比較</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Results you keep with Add to Gallery (Ctrl+G) appear here.</source>
        <translation>「ギャラリーに追加」(Ctrl+G) で保存した結果がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::ImageFile</name>
    <message>
        <source>there is no image to save</source>
        <translation>保存する画像がありません</translation>
    </message>
</context>
<context>
    <name>pivq::ui::ImageSlot</name>
    <message>
        <source>%1: drop an image file or image here, paste one (Ctrl+V) or open a file</source>
        <translation>%1：画像ファイルや画像をここにドロップ、貼り付け (Ctrl+V)、またはファイルを開く</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1の画像</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>ここに画像をドロップ</translation>
    </message>
    <message>
        <source>The model&apos;s reconstruction of this input: G(E(image))</source>
        <translation>この入力のモデルによる再構成：G(E(画像))</translation>
    </message>
    <message>
        <source>%1 reconstruction</source>
        <translation>%1の再構成</translation>
    </message>
    <message>
        <source>reconstructing…</source>
        <translation>再構成中…</translation>
    </message>
    <message>
        <source>Per-pixel error of the reconstruction: white is a mean error of a quarter of the full range or more</source>
        <translation>再構成のピクセルごとの誤差：白は平均誤差が全範囲の 4 分の 1 以上であることを示します</translation>
    </message>
    <message>
        <source>%1 reconstruction error map</source>
        <translation>%1の再構成誤差マップ</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1のエラー</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Use the image or image file on the clipboard</source>
        <translation>クリップボードの画像または画像ファイルを使用</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation>この入力を削除</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Show how the model reconstructs this input, with the per-pixel error</source>
        <translation>モデルがこの入力をどう再構成するかを、ピクセルごとの誤差とともに表示</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (%2). Use a PNG, JPEG, BMP or WebP file.</source>
        <translation>%1 は読み込める画像ではありません（%2）。PNG、JPEG、BMP、WebP ファイルを使用してください。</translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels; use an image of at least %4 × %4.</source>
        <translation>%1 は %2 × %3 ピクセルしかありません。%4 × %4 以上の画像を使用してください。</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>ドロップされたデータは画像ではありません。</translation>
    </message>
    <message>
        <source>The image is only %1 × %2 pixels; use one of at least %3 × %3.</source>
        <translation>画像は %1 × %2 ピクセルしかありません。%3 × %3 以上の画像を使用してください。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>ドロップされた画像</translation>
    </message>
    <message>
        <source>%1 is not a local file. Save the image first, or drag the picture itself.</source>
        <translation>%1 はローカルファイルではありません。先に画像を保存するか、画像そのものをドラッグしてください。</translation>
    </message>
    <message>
        <source>Nothing usable was dropped: give an image file or an image.</source>
        <translation>使用できるものがドロップされませんでした。画像ファイルまたは画像を指定してください。</translation>
    </message>
    <message>
        <source>random #%1</source>
        <translation>ランダム #%1</translation>
    </message>
    <message>
        <source>PSNR %1 dB</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>drawing…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>no error map</source>
        <translation>誤差マップなし</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>画像 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file.</source>
        <translation>クリップボードに画像や画像ファイルがありません。</translation>
    </message>
    <message>
        <source>%1: open an image file</source>
        <translation>%1：画像ファイルを開く</translation>
    </message>
    <message>
        <source>%1: draw a random one from the model</source>
        <translation>%1：モデルからランダムに生成</translation>
    </message>
    <message>
        <source>Show reconstruction: %1</source>
        <translation>再構成を表示：%1</translation>
    </message>
    <message>
        <source>Open Image: %1</source>
        <translation>画像を開く：%1</translation>
    </message>
    <message>
        <source>Refine…</source>
        <translation>リファイン…</translation>
    </message>
    <message>
        <source>Refine %1</source>
        <translation>%1をリファイン</translation>
    </message>
    <message>
        <source>%1 refinement</source>
        <translation>%1のリファイン</translation>
    </message>
    <message>
        <source>How faithful the reconstruction is before and after refinement (PSNR, higher is better)</source>
        <translation>リファイン前後の再構成の忠実度（PSNR、高いほど良い）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>戻す</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding of the image, exactly (undoes the refinement)</source>
        <translation>%1：画像を元のエンコードそのままの状態に戻す（リファインを取り消す）</translation>
    </message>
    <message>
        <source>Revert %1 to the plain encoding</source>
        <translation>%1を元のエンコードに戻す</translation>
    </message>
    <message>
        <source>%1 refinement progress</source>
        <translation>%1のリファインの進行状況</translation>
    </message>
    <message>
        <source>Refinement steps done, and how faithful the reconstruction is so far (PSNR)</source>
        <translation>完了したリファインのステップ数と、現時点での再構成の忠実度（PSNR）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1: stop the refinement; what it reached is kept (Revert undoes it)</source>
        <translation>%1：リファインを停止します。それまでの結果は保持されます（「戻す」で取り消せます）</translation>
    </message>
    <message>
        <source>Cancel the refinement of %1</source>
        <translation>%1のリファインをキャンセル</translation>
    </message>
    <message>
        <source>The saved latents of %1 are empty.</source>
        <translation>%1 の保存された潜在変数が空です。</translation>
    </message>
    <message>
        <source>refined latents</source>
        <translation>リファインした潜在変数</translation>
    </message>
    <message>
        <source>This input cannot be refined.</source>
        <translation>この入力はリファインできません。</translation>
    </message>
    <message>
        <source>It is being refined now.</source>
        <translation>現在リファイン中です。</translation>
    </message>
    <message>
        <source>Give an image first.</source>
        <translation>先に画像を指定してください。</translation>
    </message>
    <message>
        <source>A random draw has no image to match: refinement fits the latents to an image.</source>
        <translation>ランダムに生成した入力には合わせる画像がありません。リファインは潜在変数を画像に合わせる処理です。</translation>
    </message>
    <message>
        <source>These latents have no image to match.</source>
        <translation>この潜在変数には合わせる画像がありません。</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 は現在リファインできません：%2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>tuning the generator: %1 / %2, PSNR %3 dB</source>
        <translation>生成器をチューニング中：%1 / %2、PSNR %3 dB</translation>
    </message>
    <message>
        <source>step %1 / %2, PSNR %3 dB</source>
        <translation>ステップ %1 / %2、PSNR %3 dB</translation>
    </message>
    <message>
        <source>refining: PSNR %1 dB</source>
        <translation>リファイン中：PSNR %1 dB</translation>
    </message>
    <message>
        <source>PSNR %1 → %2 dB</source>
        <translation>PSNR %1 → %2 dB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The refinement stopped: %1</source>
        <translation>リファインが停止しました：%1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 steps</source>
        <translation>%2 ステップ中 %1 ステップで停止</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 steps</source>
        <translation>%2 ステップ中 %1 ステップでキャンセル</translation>
    </message>
    <message>
        <source>refined</source>
        <translation>リファイン済み</translation>
    </message>
    <message>
        <source>%1: make the model&apos;s reconstruction of this image faithful by optimising its latents (and optionally the generator) for a number of steps</source>
        <translation>%1：潜在変数（必要に応じて生成器も）を指定したステップ数だけ最適化し、この画像に対するモデルの再構成を忠実にする</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 を開けません (%2)。</translation>
    </message>
    <message>
        <source>%1 is too large to be an input image.</source>
        <translation>%1 は入力画像としては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 は使用できません: %2。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::InterpolationPanel</name>
    <message>
        <source>Second pose</source>
        <translation>2 つ目のポーズ</translation>
    </message>
    <message>
        <source>Second identity</source>
        <translation>2 つ目のアイデンティティ</translation>
    </message>
    <message>
        <source>Pose interpolation</source>
        <translation>ポーズの補間</translation>
    </message>
    <message>
        <source>Move the pose from the pose input (left) to the second pose (right)</source>
        <translation>ポーズを入力のポーズ（左）から 2 つ目のポーズ（右）へ動かす</translation>
    </message>
    <message>
        <source>Identity interpolation</source>
        <translation>アイデンティティの補間</translation>
    </message>
    <message>
        <source>Move the identity from the identity input (left) to the second identity (right)</source>
        <translation>アイデンティティを入力のアイデンティティ（左）から 2 つ目のアイデンティティ（右）へ動かす</translation>
    </message>
    <message>
        <source>&amp;Pose t:</source>
        <translation>ポーズ t(&amp;P):</translation>
    </message>
    <message>
        <source>I&amp;dentity t:</source>
        <translation>アイデンティティ t(&amp;D):</translation>
    </message>
    <message>
        <source>Add to &amp;gallery</source>
        <translation>ギャラリーに追加(&amp;G)</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery (Ctrl+G)</source>
        <translation>現在の結果をギャラリーに保存 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add result to gallery</source>
        <translation>結果をギャラリーに追加</translation>
    </message>
    <message>
        <source>Pose (left to right) by identity (top to bottom): drag, or use the arrow keys</source>
        <translation>ポーズ（左から右）× アイデンティティ（上から下）：ドラッグするか矢印キーを使用</translation>
    </message>
    <message>
        <source>Pose and identity interpolation pad</source>
        <translation>ポーズとアイデンティティの補間パッド</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MainWindow</name>
    <message>
        <source>PIVQ Studio</source>
        <translation>PIVQ Studio</translation>
    </message>
    <message>
        <source>Model message</source>
        <translation>モデルに関するメッセージ</translation>
    </message>
    <message>
        <source>Render error</source>
        <translation>描画エラー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The identity in the pose, with the object mask of the chosen layer over it. Paint on it with the mask tools; wheel or +/- to zoom, middle button to move</source>
        <translation>ポーズ上のアイデンティティと、その上に重ねた選択レイヤーのオブジェクトマスク。マスクツールで描画できます。ホイールまたは +/- でズーム、中ボタンで移動</translation>
    </message>
    <message>
        <source>Object mask</source>
        <translation>オブジェクトマスク</translation>
    </message>
    <message>
        <source>The object mask of the chosen layer alone; paint on it like on the result</source>
        <translation>選択レイヤーのオブジェクトマスクのみ。結果と同じように描画できます</translation>
    </message>
    <message>
        <source>The object mask appears after the first render</source>
        <translation>オブジェクトマスクは最初の描画の後に表示されます</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>アイデンティティ</translation>
    </message>
    <message>
        <source>Where the networks run; change it in Preferences</source>
        <translation>ネットワークの実行先。設定で変更できます</translation>
    </message>
    <message>
        <source>The model in use; Model &gt; Model Information for details</source>
        <translation>使用中のモデル。詳細は「モデル &gt; モデル情報」</translation>
    </message>
    <message>
        <source>Engine time of the last render</source>
        <translation>最後の描画にかかったエンジン時間</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Open &amp;Pose Image…</source>
        <translation>ポーズ画像を開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Open an image file as the pose input</source>
        <translation>画像ファイルをポーズの入力として開く</translation>
    </message>
    <message>
        <source>Open &amp;Identity Image…</source>
        <translation>アイデンティティ画像を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an image file as the identity input</source>
        <translation>画像ファイルをアイデンティティの入力として開く</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste the clipboard image into the focused input (else the pose)</source>
        <translation>クリップボードの画像をフォーカス中の入力（なければポーズ）に貼り付け</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>結果を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the result as a PNG image</source>
        <translation>結果を PNG 画像として保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close PIVQ Studio</source>
        <translation>PIVQ Studio を閉じる</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange the pose and the identity inputs</source>
        <translation>ポーズとアイデンティティの入力を入れ替える</translation>
    </message>
    <message>
        <source>Random P&amp;ose</source>
        <translation>ランダムなポーズ(&amp;O)</translation>
    </message>
    <message>
        <source>Draw a random pose from the model</source>
        <translation>モデルからランダムなポーズを生成</translation>
    </message>
    <message>
        <source>Random I&amp;dentity</source>
        <translation>ランダムなアイデンティティ(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a random identity from the model</source>
        <translation>モデルからランダムなアイデンティティを生成</translation>
    </message>
    <message>
        <source>Add to &amp;Gallery</source>
        <translation>ギャラリーに追加(&amp;G)</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery</source>
        <translation>現在の結果をギャラリーに保存</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Device, threads and language</source>
        <translation>デバイス、スレッド、言語</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Magnify the result</source>
        <translation>結果を拡大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Reduce the result</source>
        <translation>結果を縮小</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole result as large as it fits</source>
        <translation>結果全体を収まる最大サイズで表示</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>実寸 (1:1)(&amp;A)</translation>
    </message>
    <message>
        <source>One result pixel per screen pixel</source>
        <translation>結果の 1 ピクセルを画面の 1 ピクセルで表示</translation>
    </message>
    <message>
        <source>Mask &amp;Overlay</source>
        <translation>マスクのオーバーレイ(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the object mask over the result</source>
        <translation>結果の上にオブジェクトマスクを重ねて表示</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a trained model (.pivq)</source>
        <translation>学習済みモデル (.pivq) を開く</translation>
    </message>
    <message>
        <source>Model &amp;Information</source>
        <translation>モデル情報(&amp;I)</translation>
    </message>
    <message>
        <source>Parameters and configuration of the model in use</source>
        <translation>使用中のモデルのパラメータと構成</translation>
    </message>
    <message>
        <source>&amp;About PIVQ Studio</source>
        <translation>PIVQ Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>マスク(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Untrained Networks</source>
        <translation>未学習のネットワーク(&amp;U)</translation>
    </message>
    <message>
        <source>Build a model configuration with random weights (for trying the interface)</source>
        <translation>ランダムな重みでモデル構成を構築（インターフェースを試すため）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;クラス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>補間</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>As Pose</source>
        <translation>ポーズとして</translation>
    </message>
    <message>
        <source>As Identity</source>
        <translation>アイデンティティとして</translation>
    </message>
    <message>
        <source>You asked for the untrained “%1” networks.</source>
        <translation>未学習の「%1」ネットワークが指定されました。</translation>
    </message>
    <message>
        <source>No trained model is installed.</source>
        <translation>学習済みモデルがインストールされていません。</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>You chose untrained networks.</source>
        <translation>未学習のネットワークが選択されました。</translation>
    </message>
    <message>
        <source>building %1…</source>
        <translation>%1 を構築中…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>PIVQ models (*.pivq)</source>
        <translation>PIVQ モデル (*.pivq)</translation>
    </message>
    <message>
        <source>the “%1” networks</source>
        <translation>「%1」ネットワーク</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model could be loaded.&lt;/b&gt; %1&lt;br&gt;%2&lt;br&gt;Open a trained model with Model › Open Model… (a &lt;code&gt;.pivq&lt;/code&gt; file written by &lt;code&gt;pivq train&lt;/code&gt;).</source>
        <translation>&lt;b&gt;モデルを読み込めませんでした。&lt;/b&gt;%1&lt;br&gt;%2&lt;br&gt;「モデル › モデルを開く…」で学習済みモデル（&lt;code&gt;pivq train&lt;/code&gt; が書き出した &lt;code&gt;.pivq&lt;/code&gt; ファイル）を開いてください。</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Could not open %1: %2&lt;br&gt;Still using %3.</source>
        <translation>%1 を開けませんでした：%2&lt;br&gt;引き続き %3 を使用します。</translation>
    </message>
    <message>
        <source>The engine reports: %1</source>
        <translation>エンジンからの報告：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is loaded.&lt;/b&gt; Open one with Model › Open Model…</source>
        <translation>&lt;b&gt;モデルが読み込まれていません。&lt;/b&gt;「モデル › モデルを開く…」で開いてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Showing the untrained “%2” networks, so results are noise.&lt;/b&gt;&lt;br&gt;To get a working model, train one, e.g. &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt;, then choose Model › Open Model… and open &lt;code&gt;runs/toy/model.pivq&lt;/code&gt; (or put a &lt;code&gt;.pivq&lt;/code&gt; file into the &lt;code&gt;models&lt;/code&gt; folder).</source>
        <translation>&lt;b&gt;%1 未学習の「%2」ネットワークを表示しているため、結果はノイズになります。&lt;/b&gt;&lt;br&gt;動作するモデルを得るには、たとえば &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt; で学習し、「モデル › モデルを開く…」で &lt;code&gt;runs/toy/model.pivq&lt;/code&gt; を開いてください（または &lt;code&gt;.pivq&lt;/code&gt; ファイルを &lt;code&gt;models&lt;/code&gt; フォルダーに置いてください）。</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>%1 (untrained)</source>
        <translation>%1（未学習）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Model Information</source>
        <translation>モデル情報</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;Resolution: %3 px; mask layers: %4; classes: %5&lt;br&gt;Generator: %6 M parameters; encoder: %7 M parameters&lt;br&gt;Device: %8, %9 threads; LibTorch %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ファイル：%2&lt;br&gt;解像度：%3 px、マスクレイヤー：%4、クラス数：%5&lt;br&gt;生成器：%6 M パラメータ、エンコーダー：%7 M パラメータ&lt;br&gt;デバイス：%8、%9 スレッド、LibTorch %10</translation>
    </message>
    <message>
        <source>none (untrained preset)</source>
        <translation>なし（未学習のプリセット）</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>モデル構成</translation>
    </message>
    <message>
        <source>The configuration of the loaded model</source>
        <translation>読み込まれたモデルの構成</translation>
    </message>
    <message>
        <source>last render %1 ms</source>
        <translation>前回の描画 %1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;The result could not be drawn:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;結果を描画できませんでした：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>No model is loaded.
Model › Open Model… opens a trained .pivq file.</source>
        <translation>モデルが読み込まれていません。
「モデル › モデルを開く…」で学習済みの .pivq ファイルを開けます。</translation>
    </message>
    <message>
        <source>Give a pose and an identity: drop image files on the two inputs on the left, paste one, or draw random ones.</source>
        <translation>ポーズとアイデンティティを指定してください：左の 2 つの入力に画像ファイルをドロップするか、貼り付けるか、ランダムに生成します。</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>描画中…</translation>
    </message>
    <message>
        <source>Mask edits were cleared: they belonged to the previous pose.</source>
        <translation>マスクの編集を消去しました：以前のポーズに対するものでした。</translation>
    </message>
    <message>
        <source>There is no result to keep yet.</source>
        <translation>保存できる結果はまだありません。</translation>
    </message>
    <message>
        <source>%1 in the pose of %2</source>
        <translation>%2 のポーズの %1</translation>
    </message>
    <message>
        <source>pose t = %1</source>
        <translation>ポーズ t = %1</translation>
    </message>
    <message>
        <source>identity t = %1</source>
        <translation>アイデンティティ t = %1</translation>
    </message>
    <message>
        <source>edited masks</source>
        <translation>編集したマスク</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>書き出せる結果はまだありません。</translation>
    </message>
    <message>
        <source>result.png</source>
        <translation>result.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PIVQ Studio.</source>
        <translation>新しい言語は次回 PIVQ Studio を起動したときから使用されます。</translation>
    </message>
    <message>
        <source>About PIVQ Studio</source>
        <translation>PIVQ Studio について</translation>
    </message>
    <message>
        <source>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;Draw the identity of one image in the pose of another, with the learned object masks of PIVQGAN that you can paint.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;ある画像のアイデンティティを別の画像のポーズで描きます。PIVQGAN が学習したオブジェクトマスクは自由に塗り替えられます。&lt;/p&gt;&lt;p&gt;エンジン：LibTorch %2（%3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>セッションを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save inputs, interpolation, mask edits and palette in one file</source>
        <translation>入力、補間、マスクの編集、パレットを 1 つのファイルに保存</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>セッションを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a session saved by PIVQ Studio</source>
        <translation>PIVQ Studio で保存したセッションを開く</translation>
    </message>
    <message>
        <source>The mask edits of layer(s) %1 do not fit the model in use and were left out.</source>
        <translation>レイヤー %1 のマスク編集は使用中のモデルに合わないため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>session.pivqs</source>
        <translation>session.pivqs</translation>
    </message>
    <message>
        <source>PIVQ Studio sessions (*.pivqs)</source>
        <translation>PIVQ Studio セッション (*.pivqs)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>%1, threads: %2</source>
        <translation>%1、スレッド数：%2</translation>
    </message>
    <message>
        <source>Export &amp;Interpolation…</source>
        <translation>補間を書き出す(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the pose or identity interpolation (t from 0 to 1) as a strip of frames</source>
        <translation>ポーズまたはアイデンティティの補間（t = 0〜1）をフレームの帯として保存</translation>
    </message>
    <message>
        <source>Export Interpolation</source>
        <translation>補間を書き出す</translation>
    </message>
    <message>
        <source>Give a second pose or a second identity (Interpolation panel) first.</source>
        <translation>先に 2 つ目のポーズまたは 2 つ目のアイデンティティを指定してください（補間パネル）。</translation>
    </message>
    <message>
        <source>Which interpolation?</source>
        <translation>どちらの補間ですか？</translation>
    </message>
    <message>
        <source>interpolation.png</source>
        <translation>interpolation.png</translation>
    </message>
    <message>
        <source>A frame could not be drawn: %1</source>
        <translation>フレームを描画できませんでした：%1</translation>
    </message>
    <message>
        <source>Rendering %1 frames…</source>
        <translation>%1 フレームを描画中…</translation>
    </message>
    <message>
        <source>Opening the checkpoint %1…</source>
        <translation>チェックポイント %1 を開いています…</translation>
    </message>
    <message>
        <source>&amp;New Training Run…</source>
        <translation>新しい学習(&amp;N)…</translation>
    </message>
    <message>
        <source>Train a model on toyfaces, a folder or a .zip of images, with a monitor of its progress</source>
        <translation>toyfaces、画像フォルダー、または画像の .zip ファイルでモデルを学習し、進行状況をモニターで確認</translation>
    </message>
    <message>
        <source>&amp;Fine-tune Current Model…</source>
        <translation>現在のモデルをファインチューニング(&amp;F)…</translation>
    </message>
    <message>
        <source>Continue training the open model on new images (domain fine-tune)</source>
        <translation>開いているモデルを新しい画像で学習し続ける（ドメインのファインチューニング）</translation>
    </message>
    <message>
        <source>Training &amp;Monitor</source>
        <translation>学習モニター(&amp;M)</translation>
    </message>
    <message>
        <source>Show the progress, losses and samples of the training run</source>
        <translation>学習の進行状況、損失、サンプルを表示</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Training Monitor</source>
        <translation>学習モニター</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>学習を実行中です</translation>
    </message>
    <message>
        <source>A training run is still going. Stop it and close PIVQ Studio? The run saves a checkpoint first, which takes a moment.</source>
        <translation>学習がまだ実行中です。停止して PIVQ Studio を閉じますか？ 学習は先にチェックポイントを保存するため、少し時間がかかります。</translation>
    </message>
    <message>
        <source>&amp;Stop Training and Close</source>
        <translation>学習を停止して閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping the training run and saving its checkpoint…</source>
        <translation>学習を停止し、チェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>終了中</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>学習を開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Fine-tune Current Model</source>
        <translation>現在のモデルをファインチューニング</translation>
    </message>
    <message>
        <source>Open a trained model first (Model › Open Model…): a fine-tune continues the training of a .pivq file.</source>
        <translation>先に学習済みモデルを開いてください（「モデル › モデルを開く…」）。ファインチューニングは .pivq ファイルの学習を続けます。</translation>
    </message>
    <message>
        <source>Training started in %1</source>
        <translation>%1 で学習を開始しました</translation>
    </message>
    <message>
        <source>The training run failed; the Training Monitor says why.</source>
        <translation>学習に失敗しました。理由は学習モニターに表示されています。</translation>
    </message>
    <message>
        <source>Training stopped; checkpoint %1</source>
        <translation>学習を停止しました。チェックポイント：%1</translation>
    </message>
    <message>
        <source>Training finished: %1</source>
        <translation>学習が完了しました：%1</translation>
    </message>
    <message>
        <source>Generator tuning message</source>
        <translation>生成器のチューニングに関するメッセージ</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded, so the swap keeps its pose and masks: refining improves this image&apos;s own reconstruction.</source>
        <translation>ポーズの行はエンコードされたままなので、入れ替え結果のポーズとマスクは変わりません。リファインで改善されるのはこの画像自身の再構成です。</translation>
    </message>
    <message>
        <source>Refine &amp;Pose Image…</source>
        <translation>ポーズ画像をリファイン(&amp;P)…</translation>
    </message>
    <message>
        <source>Optimise the pose image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>ポーズ画像の潜在変数を最適化し、再構成を忠実にする</translation>
    </message>
    <message>
        <source>Refine &amp;Identity Image…</source>
        <translation>アイデンティティ画像をリファイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Optimise the identity image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>アイデンティティ画像の潜在変数を最適化し、再構成を忠実にする</translation>
    </message>
    <message>
        <source>&amp;Cancel Refinement</source>
        <translation>リファインをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running refinement; what it reached is kept</source>
        <translation>実行中のリファインを停止します。それまでの結果は保持されます</translation>
    </message>
    <message>
        <source>Revert P&amp;ose to the Plain Encoding</source>
        <translation>ポーズを元のエンコードに戻す(&amp;O)</translation>
    </message>
    <message>
        <source>Undo the refinement of the pose: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>ポーズのリファインを取り消し、その画像をエンコーダーで得た潜在変数そのままに戻す</translation>
    </message>
    <message>
        <source>Revert I&amp;dentity to the Plain Encoding</source>
        <translation>アイデンティティを元のエンコードに戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Undo the refinement of the identity: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>アイデンティティのリファインを取り消し、その画像をエンコーダーで得た潜在変数そのままに戻す</translation>
    </message>
    <message>
        <source>Revert &amp;Generator Tuning</source>
        <translation>生成器のチューニングを取り消す(&amp;G)</translation>
    </message>
    <message>
        <source>Put back the model&apos;s own synthesis weights: every result returns to the untuned model</source>
        <translation>モデル本来の合成部の重みに戻します。すべての結果がチューニング前のモデルによるものに戻ります</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>リファイン(&amp;R)</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 は現在リファインできません：%2</translation>
    </message>
    <message>
        <source>Cancelling the refinement; what it reached is kept…</source>
        <translation>リファインをキャンセルしています。それまでの結果は保持されます…</translation>
    </message>
    <message>
        <source>The refinement of %1 stopped: %2</source>
        <translation>%1 のリファインが停止しました：%2</translation>
    </message>
    <message>
        <source>%1 refined in %2 steps (%3 s)</source>
        <translation>%1 を %2 ステップでリファインしました（%3 秒）</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding</source>
        <translation>%1：元のエンコードに戻しました</translation>
    </message>
    <message>
        <source>The generator&apos;s own weights are back</source>
        <translation>生成器を本来の重みに戻しました</translation>
    </message>
    <message>
        <source>No model is loaded; open one first (Model › Open Model…).</source>
        <translation>モデルが読み込まれていません。先に開いてください（「モデル › モデルを開く…」）。</translation>
    </message>
    <message>
        <source>Another refinement is running: wait for it or cancel it.</source>
        <translation>別のリファインが実行中です。終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The generator is tuned&lt;/b&gt; to one image (pivotal tuning): every result and reconstruction now differs from the model&apos;s own weights. Refine › Revert Generator Tuning puts them back; sessions do not save the tuning.</source>
        <translation>&lt;b&gt;生成器が 1 枚の画像にチューニングされています&lt;/b&gt;（ピボタルチューニング）。すべての結果と再構成がモデル本来の重みによるものとは異なります。「リファイン › 生成器のチューニングを取り消す」で元に戻せます。チューニングはセッションに保存されません。</translation>
    </message>
    <message>
        <source>Could not save %1: the refined latents of %2 could not be read from the engine.</source>
        <translation>%1 を保存できませんでした：%2 のリファインした潜在変数をエンジンから読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1. The generator tuning is not saved in sessions: opened again, the session renders with the model&apos;s own weights.</source>
        <translation>%1。生成器のチューニングはセッションに保存されません。セッションを再び開くと、モデル本来の重みで描画されます。</translation>
    </message>
    <message>
        <source>Could not open %1: the refined latents of %2 have %3 × %4 values, but the model in use has %5 × %6.</source>
        <translation>%1 を開けませんでした：%2 のリファインした潜在変数は %3 × %4 個の値ですが、使用中のモデルでは %5 × %6 です。</translation>
    </message>
    <message>
        <source>The refined latents of %1 do not fit the model in use; the plain encoding of the image is used instead.</source>
        <translation>%1 のリファインした潜在変数は使用中のモデルに合わないため、代わりに画像の元のエンコードを使用します。</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded and its other rows are refined: its own reconstruction gets closer, but swaps with it can get less faithful to it.</source>
        <translation>ポーズの行はエンコードされたまま残り、それ以外の行がリファインされます。この画像自身の再構成は近づきますが、この画像を使った入れ替えは元の画像への忠実さが下がることがあります。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskDocument</name>
    <message>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskEditor</name>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Reset masks</source>
        <translation>マスクをリセット</translation>
    </message>
    <message>
        <source>Paint: %1</source>
        <translation>描画：%1</translation>
    </message>
    <message>
        <source>Fill: %1</source>
        <translation>塗りつぶし：%1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskPanel</name>
    <message>
        <source>The VQSN layer whose object mask you see and paint; coarse layers move large parts, fine layers details</source>
        <translation>表示・描画するオブジェクトマスクの VQSN レイヤー。粗いレイヤーは大きな部分を、細かいレイヤーは細部を動かします</translation>
    </message>
    <message>
        <source>Mask layer</source>
        <translation>マスクレイヤー</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>レイヤー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the current class</source>
        <translation>現在のクラスで描画</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>消しゴム(&amp;E)</translation>
    </message>
    <message>
        <source>Erase edits: back to the mask the model encoded</source>
        <translation>編集を消去：モデルがエンコードしたマスクに戻す</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>塗りつぶし(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the connected area under the cursor with the current class</source>
        <translation>カーソル下の連続した領域を現在のクラスで塗りつぶす</translation>
    </message>
    <message>
        <source>&amp;Pick class</source>
        <translation>クラスを取得(&amp;P)</translation>
    </message>
    <message>
        <source>Make the class under the cursor the current class</source>
        <translation>カーソル下のクラスを現在のクラスにする</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>ツール:</translation>
    </message>
    <message>
        <source>Brush and eraser diameter in mask cells ([ smaller, ] larger)</source>
        <translation>ブラシと消しゴムの直径（マスクのセル単位。[ で小さく、] で大きく）</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>ブラシサイズ</translation>
    </message>
    <message>
        <source>Brush &amp;size (cells):</source>
        <translation>ブラシサイズ（セル）(&amp;S):</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>ブラシを小さく</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>ブラシを大きく</translation>
    </message>
    <message>
        <source>How strongly the mask is drawn over the result</source>
        <translation>結果に重ねるマスクの濃さ</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>オーバーレイの不透明度</translation>
    </message>
    <message>
        <source>O&amp;verlay:</source>
        <translation>オーバーレイ(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last mask edit (%1)</source>
        <translation>最後のマスク編集を元に戻す (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the mask edit that was undone (%1)</source>
        <translation>元に戻したマスク編集をやり直す (%1)</translation>
    </message>
    <message>
        <source>Re&amp;set masks</source>
        <translation>マスクをリセット(&amp;S)</translation>
    </message>
    <message>
        <source>Remove every mask edit (can be undone)</source>
        <translation>すべてのマスク編集を削除（元に戻せます）</translation>
    </message>
    <message>
        <source>Layer %1 (%2 × %2)</source>
        <translation>レイヤー %1（%2 × %2）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PalettePanel</name>
    <message>
        <source>Paint with this class (key %1)</source>
        <translation>このクラスで描画（キー %1）</translation>
    </message>
    <message>
        <source>Paint with this class</source>
        <translation>このクラスで描画</translation>
    </message>
    <message>
        <source>Change the colour of this class</source>
        <translation>このクラスの色を変更</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide this class in the overlay and the mask view</source>
        <translation>オーバーレイとマスク表示でこのクラスを表示／非表示</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>単独</translation>
    </message>
    <message>
        <source>Show only this class</source>
        <translation>このクラスのみ表示</translation>
    </message>
    <message>
        <source>Paint with %1</source>
        <translation>%1 で描画</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <source>Name of class %1</source>
        <translation>クラス %1 の名前</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>%1 のみ表示</translation>
    </message>
    <message>
        <source>The name of this class; remembered for this model</source>
        <translation>このクラスの名前。このモデル用に記憶されます</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>自動（CUDA があれば使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where the networks run. Now: %1. If CUDA is chosen but not available, the studio says so and stays on the CPU.</source>
        <translation>ネットワークの実行先。現在：%1。CUDA を選んでも利用できない場合は、その旨を表示して CPU のまま動作します。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>CPU threads for the networks; Automatic uses every core</source>
        <translation>ネットワーク用の CPU スレッド数。「自動」はすべてのコアを使用します</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド(&amp;T):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language of the studio; takes effect at the next start</source>
        <translation>スタジオの言語。次回起動時から有効になります</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Clear recent files and models</source>
        <translation>最近使ったファイルとモデルを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the File &gt; Open Recent and Model &gt; Open Recent lists</source>
        <translation>「ファイル &gt; 最近使ったファイル」と「モデル &gt; 最近使ったファイル」の一覧を空にする</translation>
    </message>
</context>
<context>
    <name>pivq::ui::RefineDialog</name>
    <message>
        <source>Refine: %1</source>
        <translation>リファイン：%1</translation>
    </message>
    <message>
        <source>Optimise the latents of this image step by step so that the model reconstructs it faithfully. The window stays usable meanwhile; Cancel keeps what was reached, and Revert goes back to the plain encoding.</source>
        <translation>モデルがこの画像を忠実に再構成できるよう、画像の潜在変数を段階的に最適化します。その間もウィンドウは操作できます。「キャンセル」ではそれまでの結果が保持され、「戻す」で元のエンコードに戻ります。</translation>
    </message>
    <message>
        <source>Refinement steps</source>
        <translation>リファインのステップ数</translation>
    </message>
    <message>
        <source>Optimisation steps on the image&apos;s W+ latents: more steps fit the image more closely and take longer</source>
        <translation>画像の W+ 潜在変数に対する最適化のステップ数。多いほど画像によく合いますが、時間がかかります</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>ステップ数(&amp;S):</translation>
    </message>
    <message>
        <source>Also tune the &amp;generator (changes every result)</source>
        <translation>生成器もチューニングする（すべての結果が変わります）(&amp;G)</translation>
    </message>
    <message>
        <source>Also tune the generator</source>
        <translation>生成器もチューニングする</translation>
    </message>
    <message>
        <source>Pivotal tuning: after the latents, adjust the generator&apos;s synthesis weights to this image with its latents fixed. Every result and reconstruction changes until Refine › Revert Generator Tuning; sessions do not save the tuning.</source>
        <translation>ピボタルチューニング：潜在変数の最適化の後、その潜在変数を固定したまま、生成器の合成部の重みをこの画像に合わせて調整します。「リファイン › 生成器のチューニングを取り消す」を実行するまで、すべての結果と再構成が変わります。チューニングはセッションに保存されません。</translation>
    </message>
    <message>
        <source>Generator tuning steps</source>
        <translation>生成器のチューニングのステップ数</translation>
    </message>
    <message>
        <source>Optimisation steps on the generator&apos;s synthesis weights</source>
        <translation>生成器の合成部の重みに対する最適化のステップ数</translation>
    </message>
    <message>
        <source>Generator s&amp;teps:</source>
        <translation>生成器のステップ数(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>リファイン(&amp;R)</translation>
    </message>
    <message>
        <source>Start the refinement; the input shows its progress and a Cancel button</source>
        <translation>リファインを開始します。入力欄に進行状況と「キャンセル」ボタンが表示されます</translation>
    </message>
    <message>
        <source>Start refinement</source>
        <translation>リファインを開始</translation>
    </message>
    <message>
        <source>Close without refining</source>
        <translation>リファインせずに閉じる</translation>
    </message>
</context>
<context>
    <name>pivq::ui::Session</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>the edits of layer %1 do not fit its mask</source>
        <translation>レイヤー %1 の編集がマスクに合いません</translation>
    </message>
    <message>
        <source>cannot create the archive</source>
        <translation>アーカイブを作成できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>アーカイブを完成できません</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (not a zip archive)</source>
        <translation>PIVQ セッションではありません（ZIP アーカイブではありません）</translation>
    </message>
    <message>
        <source>it has too many entries</source>
        <translation>エントリが多すぎます</translation>
    </message>
    <message>
        <source>its zip directory is damaged</source>
        <translation>ZIP のディレクトリが破損しています</translation>
    </message>
    <message>
        <source>unexpected entry “%1”</source>
        <translation>予期しないエントリ「%1」</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 が大きすぎます</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が 2 回含まれています</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 が破損しています</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (no session.json)</source>
        <translation>PIVQ セッションではありません（session.json がありません）</translation>
    </message>
    <message>
        <source>session.json is not valid JSON</source>
        <translation>session.json が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>the image %1 is missing or damaged</source>
        <translation>画像 %1 がないか破損しています</translation>
    </message>
    <message>
        <source>a random input has no valid seed</source>
        <translation>ランダムな入力に有効なシードがありません</translation>
    </message>
    <message>
        <source>a mask layer is described wrongly</source>
        <translation>マスクレイヤーの記述が正しくありません</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 are missing or damaged</source>
        <translation>レイヤー %1 のマスク編集がないか破損しています</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 hold an invalid class</source>
        <translation>レイヤー %1 のマスク編集に無効なクラスがあります</translation>
    </message>
    <message>
        <source>the latents of input %1 do not have the shape %2 × %3</source>
        <translation>入力 %1 の潜在変数の形状が %2 × %3 ではありません</translation>
    </message>
    <message>
        <source>it was written in format %1; this version reads formats %2 to %3</source>
        <translation>形式 %1 で書き込まれています。このバージョンが読み込めるのは形式 %2〜%3 です</translation>
    </message>
    <message>
        <source>the refined latents of input %1 are missing</source>
        <translation>入力 %1 のリファインした潜在変数がありません</translation>
    </message>
    <message>
        <source>the refined latents %1 have an invalid shape %2 × %3</source>
        <translation>リファインした潜在変数 %1 の形状 %2 × %3 が無効です</translation>
    </message>
    <message>
        <source>the refined latents %1 are damaged: %2 bytes where %3 × %4 float32 values take %5</source>
        <translation>リファインした潜在変数 %1 が破損しています：%3 × %4 個の float32 値には %5 バイト必要ですが、%2 バイトです</translation>
    </message>
    <message>
        <source>the refined latents %1 hold a value that is not a finite number</source>
        <translation>リファインした潜在変数 %1 に有限でない値が含まれています</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingDialog</name>
    <message>
        <source>Fine-tune Model</source>
        <translation>モデルのファインチューニング</translation>
    </message>
    <message>
        <source>New Training Run</source>
        <translation>新しい学習</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Toyfaces (procedural faces, no files needed)</source>
        <translation>Toyfaces（手続き生成の顔、ファイル不要）</translation>
    </message>
    <message>
        <source>A folder or a .zip file of images</source>
        <translation>画像のフォルダーまたは .zip ファイル</translation>
    </message>
    <message>
        <source>What to train on: the built-in procedural faces, or your own pictures</source>
        <translation>学習に使うもの：組み込みの手続き生成の顔、または自分の画像</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>データソース</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>a folder (searched recursively) or a .zip file</source>
        <translation>フォルダー（サブフォルダーも検索）または .zip ファイル</translation>
    </message>
    <message>
        <source>The training images: a folder, searched recursively, or a .zip file. PNG, JPEG, WebP, BMP and TIFF are read; other files are ignored</source>
        <translation>学習用の画像：フォルダー（サブフォルダーも検索）または .zip ファイル。PNG、JPEG、WebP、BMP、TIFF を読み込み、その他のファイルは無視します</translation>
    </message>
    <message>
        <source>Image folder or zip file</source>
        <translation>画像フォルダーまたは ZIP ファイル</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>フォルダー(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>画像のフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>ZIP(&amp;Z)…</translation>
    </message>
    <message>
        <source>Choose a .zip file of images</source>
        <translation>画像の .zip ファイルを選択</translation>
    </message>
    <message>
        <source>Choose zip file</source>
        <translation>ZIP ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>画像(&amp;I):</translation>
    </message>
    <message>
        <source>How many procedural faces to draw for the run (kept in memory)</source>
        <translation>学習のために生成する顔の数（メモリに保持）</translation>
    </message>
    <message>
        <source>Number of toyfaces images</source>
        <translation>toyfaces 画像の枚数</translation>
    </message>
    <message>
        <source>The first images, cropped to a square as training sees them</source>
        <translation>最初の数枚の画像（学習で使われるとおり正方形に切り抜き）</translation>
    </message>
    <message>
        <source>Sample of the training images</source>
        <translation>学習画像のサンプル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The network sizes to start from: tiny32 (tests), cpu64 (trains on a few CPU cores), ref64, paper256 (the paper&apos;s setting, for a GPU)</source>
        <translation>元にするネットワークの規模：tiny32（テスト用）、cpu64（少数の CPU コアで学習可能）、ref64、paper256（論文の設定、GPU 向け）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>The side of the images the model makes; training images are cropped to a square and resized to it</source>
        <translation>モデルが生成する画像の一辺の長さ。学習画像は正方形に切り抜かれ、このサイズに縮小・拡大されます</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <source>K: how many object classes each pose layer&apos;s mask has (%1 to %2)</source>
        <translation>K：各ポーズレイヤーのマスクが持つオブジェクトクラスの数（%1〜%2）</translation>
    </message>
    <message>
        <source>Number of object classes K</source>
        <translation>オブジェクトクラスの数 K</translation>
    </message>
    <message>
        <source>&amp;Classes (K):</source>
        <translation>クラス数 (K)(&amp;C):</translation>
    </message>
    <message>
        <source>The synthesis layers driven by the pose (VQSN layers), as 0-based numbers separated by commas, e.g. 3, 5</source>
        <translation>ポーズで制御する合成レイヤー（VQSN レイヤー）。0 から始まる番号をコンマ区切りで指定（例：3, 5）</translation>
    </message>
    <message>
        <source>Pose layers</source>
        <translation>ポーズレイヤー</translation>
    </message>
    <message>
        <source>Pose &amp;layers:</source>
        <translation>ポーズレイヤー(&amp;L):</translation>
    </message>
    <message>
        <source>VQ-1 (default: nearest code)</source>
        <translation>VQ-1（既定：最も近いコード）</translation>
    </message>
    <message>
        <source>VQ-2 (built on the previous pose layer)</source>
        <translation>VQ-2（前のポーズレイヤーを基にする）</translation>
    </message>
    <message>
        <source>VQ-3 (codes joined to the features)</source>
        <translation>VQ-3（コードを特徴量に連結）</translation>
    </message>
    <message>
        <source>Gumbel-softmax</source>
        <translation>Gumbel-softmax</translation>
    </message>
    <message>
        <source>None (no VQ, no masks)</source>
        <translation>なし（VQ なし、マスクなし）</translation>
    </message>
    <message>
        <source>How the pose layers turn features into object masks (paper section 3.2)</source>
        <translation>ポーズレイヤーが特徴量をオブジェクトマスクに変える方法（論文 3.2 節）</translation>
    </message>
    <message>
        <source>VQSN variant</source>
        <translation>VQSN のバリエーション</translation>
    </message>
    <message>
        <source>&amp;VQSN variant:</source>
        <translation>VQSN のバリエーション(&amp;V):</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Images per training step; larger batches run faster per image but need more memory</source>
        <translation>学習ステップごとの画像数。大きいバッチは画像あたりの処理が速くなりますが、より多くのメモリが必要です</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>バッチ(&amp;B):</translation>
    </message>
    <message>
        <source>How long to train: the run stops and saves its checkpoint when this is spent</source>
        <translation>学習する長さ。これを使い切ると学習は停止し、チェックポイントを保存します</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>千枚</translation>
    </message>
    <message>
        <source>Measure the budget in wall-clock minutes or in thousands of training images</source>
        <translation>予算を実時間の分数、または学習画像の千枚単位で指定</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>予算の単位</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>予算(&amp;U):</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>自動（CUDA があれば使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where the run computes; on the CPU it shares the cores with the editor, at a lower priority</source>
        <translation>学習の計算先。CPU の場合はエディターとコアを共有し、優先度を下げて実行します</translation>
    </message>
    <message>
        <source>Training device</source>
        <translation>学習デバイス</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>The run folder: model.pivq (the newest checkpoint), samples/ and log.jsonl are written there</source>
        <translation>学習フォルダー：model.pivq（最新のチェックポイント）、samples/、log.jsonl がここに書き込まれます</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Choose the folder for the run</source>
        <translation>学習用のフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Start the run; the Training Monitor shows its progress</source>
        <translation>学習を開始します。進行状況は学習モニターに表示されます</translation>
    </message>
    <message>
        <source>Close without starting a run</source>
        <translation>学習を開始せずに閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Looking at the images… %1 of %2</source>
        <translation>画像を確認しています… %1 / %2</translation>
    </message>
    <message>
        <source>Train a PIVQGAN model on your images. The run goes on in the background; the Training Monitor shows its progress, and any checkpoint opens in the editor.</source>
        <translation>自分の画像で PIVQGAN モデルを学習します。学習はバックグラウンドで進み、進行状況は学習モニターに表示され、どのチェックポイントもエディターで開けます。</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>（モデル自身のもの）</translation>
    </message>
    <message>
        <source>A fine-tune keeps the architecture of the model it starts from</source>
        <translation>ファインチューニングでは元のモデルのアーキテクチャを保ちます</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images: the run continues its training (step %2, %3 images seen so far) with the same architecture, and writes a new model to the output folder; the model itself is not changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を新しい画像でファインチューニングします。同じアーキテクチャのまま学習を続け（ステップ %2、これまでに %3 枚を学習）、新しいモデルを出力フォルダーに書き込みます。元のモデルは変更されません。</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を新しい画像でファインチューニングします。</translation>
    </message>
    <message>
        <source>Looking at the images…</source>
        <translation>画像を確認しています…</translation>
    </message>
    <message>
        <source>%1 procedural faces, drawn when the run starts.</source>
        <translation>手続き生成の顔 %1 枚。学習の開始時に生成します。</translation>
    </message>
    <message>
        <source>%1 usable images of %2 image files in %3.</source>
        <translation>%3にある %2 個の画像ファイルのうち、使用できる画像は %1 枚です。</translation>
    </message>
    <message>
        <source>the zip file</source>
        <translation>ZIP ファイル</translation>
    </message>
    <message>
        <source>the folder and its subfolders</source>
        <translation>フォルダーとそのサブフォルダー</translation>
    </message>
    <message>
        <source>“%1” is not a layer number; give numbers separated by commas, e.g. 3, 5</source>
        <translation>「%1」はレイヤー番号ではありません。コンマ区切りの番号を指定してください（例：3, 5）</translation>
    </message>
    <message>
        <source>Give at least one pose layer.</source>
        <translation>ポーズレイヤーを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Choose the training images: toyfaces, a folder or a .zip file.</source>
        <translation>学習用の画像を選んでください：toyfaces、フォルダー、または .zip ファイル。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 はフォルダーでも .zip ファイルでもありません。</translation>
    </message>
    <message>
        <source>The images cannot be read: %1</source>
        <translation>画像を読み込めません：%1</translation>
    </message>
    <message>
        <source>%1 holds no image files (.png, .jpg, .jpeg, .webp, .bmp, .tif or .tiff; subfolders are searched too).</source>
        <translation>%1 には画像ファイル（.png、.jpg、.jpeg、.webp、.bmp、.tif、.tiff。サブフォルダーも検索します）がありません。</translation>
    </message>
    <message>
        <source>Only %1 usable images (%2 files cannot be used); a run needs at least two.</source>
        <translation>使用できる画像は %1 枚だけです（%2 個のファイルは使用できません）。学習には少なくとも 2 枚必要です。</translation>
    </message>
    <message>
        <source>%1 of the %2 image files cannot be used and will be skipped:</source>
        <translation>%2 個の画像ファイルのうち %1 個は使用できないため、スキップします：</translation>
    </message>
    <message>
        <source>%1 images are smaller than %2 px and will be enlarged, so the model learns blurry pictures.</source>
        <translation>%1 枚の画像が %2 px より小さいため拡大されます。そのためモデルはぼやけた画像を学習します。</translation>
    </message>
    <message>
        <source>Only %1 images for a batch of %2: the same images repeat within a step.</source>
        <translation>バッチ %2 に対して画像が %1 枚しかありません。1 ステップ内で同じ画像が繰り返されます。</translation>
    </message>
    <message>
        <source>Choose a folder for the run (checkpoints, samples and the log).</source>
        <translation>学習用のフォルダーを選んでください（チェックポイント、サンプル、ログ）。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はファイルであり、フォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose another folder.</source>
        <translation>%1 に書き込めません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 already holds a run (model.pivq), which a new run would replace; choose another folder.</source>
        <translation>%1 には既に学習（model.pivq）があり、新しい学習で置き換えられてしまいます。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Unknown preset “%1” (available: %2).</source>
        <translation>不明なプリセット「%1」（使用可能：%2）。</translation>
    </message>
    <message>
        <source>The resolution must be a power of two from 32 to 1024 px, not %1.</source>
        <translation>解像度は 32〜1024 px の 2 のべき乗でなければなりません（%1 は不可）。</translation>
    </message>
    <message>
        <source>K, the number of object classes, must be between %2 and %3, not %1.</source>
        <translation>オブジェクトクラスの数 K は %2〜%3 でなければなりません（%1 は不可）。</translation>
    </message>
    <message>
        <source>Layer %1 does not exist at %2 px: the layers there are 0 to %3.</source>
        <translation>%2 px ではレイヤー %1 は存在しません。レイヤーは 0〜%3 です。</translation>
    </message>
    <message>
        <source>Layer %1 is listed twice.</source>
        <translation>レイヤー %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Unknown VQSN variant “%1” (available: %2).</source>
        <translation>不明な VQSN のバリエーション「%1」（使用可能：%2）。</translation>
    </message>
    <message>
        <source>Without VQ the model learns no object masks: there will be nothing to paint in the editor.</source>
        <translation>VQ がないとモデルはオブジェクトマスクを学習しないため、エディターで描画するものがありません。</translation>
    </message>
    <message>
        <source>The model configuration is not valid: %1</source>
        <translation>モデル構成が正しくありません：%1</translation>
    </message>
    <message>
        <source>The batch must be between 1 and %2 images, not %1.</source>
        <translation>バッチは 1〜%2 枚でなければなりません（%1 は不可）。</translation>
    </message>
    <message>
        <source>The discriminator compares groups of %2 images; with a batch of %1 the groups have %3, which weakens it. A multiple of %2 is better.</source>
        <translation>識別器は %2 枚ずつのグループで比較します。バッチが %1 だとグループは %3 枚になり、識別器が弱くなります。%2 の倍数をお勧めします。</translation>
    </message>
    <message>
        <source>The training configuration is not valid: %1</source>
        <translation>学習の構成が正しくありません：%1</translation>
    </message>
    <message>
        <source>Give a budget above zero: minutes, or thousands of images.</source>
        <translation>0 より大きい予算を指定してください（分、または千枚単位の画像数）。</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>モデル %1 は存在しません。</translation>
    </message>
    <message>
        <source>This model cannot be fine-tuned: %1</source>
        <translation>このモデルはファインチューニングできません：%1</translation>
    </message>
    <message>
        <source>This model was saved without its training state: the generator continues from its averaged weights, the discriminator and the optimisers start afresh.</source>
        <translation>このモデルは学習状態なしで保存されています。生成器は平均化された重みから続け、識別器とオプティマイザーは最初からやり直します。</translation>
    </message>
    <message>
        <source>A fine-tune keeps the model&apos;s architecture; these choices differ from it: %1</source>
        <translation>ファインチューニングではモデルのアーキテクチャを保ちます。次の指定がモデルと異なります：%1</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>不明なデバイス「%1」。</translation>
    </message>
    <message>
        <source>There is no usable CUDA GPU (in this LibTorch build or on this machine); choose the CPU or Automatic.</source>
        <translation>使用できる CUDA GPU がありません（この LibTorch ビルドまたはこのマシン）。CPU または「自動」を選んでください。</translation>
    </message>
    <message>
        <source>%1 px trains very slowly on the CPU (hours for a thousand images); a smaller resolution or a GPU is better.</source>
        <translation>%1 px は CPU では学習が非常に遅くなります（千枚で数時間）。より小さい解像度か GPU をお勧めします。</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>%1: %2 px</source>
        <translation>%1：%2 px</translation>
    </message>
    <message>
        <source>At %1 px the layers are 0 to %2 (feature side): %3</source>
        <translation>%1 px ではレイヤーは 0〜%2 です（特徴マップの一辺）：%3</translation>
    </message>
    <message>
        <source>Folder of Training Images</source>
        <translation>学習画像のフォルダー</translation>
    </message>
    <message>
        <source>Zip File of Training Images</source>
        <translation>学習画像の ZIP ファイル</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the Run</source>
        <translation>学習用のフォルダー</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>枚数(&amp;N):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Start Fine-&amp;tuning</source>
        <translation>ファインチューニングを開始(&amp;T)</translation>
    </message>
    <message>
        <source>Start &amp;Training</source>
        <translation>学習を開始(&amp;T)</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingMonitor</name>
    <message>
        <source>Training message</source>
        <translation>学習に関するメッセージ</translation>
    </message>
    <message>
        <source>No training run yet. Train › New Training Run… starts one.</source>
        <translation>まだ学習はありません。「学習 › 新しい学習…」で開始できます。</translation>
    </message>
    <message>
        <source>How much of the budget is spent</source>
        <translation>予算のうち使った割合</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>学習の進行状況</translation>
    </message>
    <message>
        <source>Images seen:</source>
        <translation>学習した画像：</translation>
    </message>
    <message>
        <source>Training images seen in total (of the budget&apos;s target)</source>
        <translation>これまでに学習した画像の総数（予算の目標に対して）</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Training images per second, averaged over the last steps</source>
        <translation>1 秒あたりの学習画像数（直近のステップの平均）</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>残り時間：</translation>
    </message>
    <message>
        <source>Estimated time until the budget is spent</source>
        <translation>予算を使い切るまでの推定時間</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>経過時間：</translation>
    </message>
    <message>
        <source>Training time of this run so far (pauses not counted)</source>
        <translation>この学習のこれまでの学習時間（一時停止中は含まない）</translation>
    </message>
    <message>
        <source>Codes in use:</source>
        <translation>使用中のコード：</translation>
    </message>
    <message>
        <source>VQ codes used by at least 1% of the assignments, summed over the pose layers</source>
        <translation>割り当ての 1% 以上で使われている VQ コードの数（ポーズレイヤーの合計）</translation>
    </message>
    <message>
        <source>Pause the run after the step in progress; press again to resume</source>
        <translation>実行中のステップの後で学習を一時停止します。もう一度押すと再開します</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>学習の一時停止または再開</translation>
    </message>
    <message>
        <source>End the run after the step in progress; its checkpoint is saved</source>
        <translation>実行中のステップの後で学習を終了します。チェックポイントは保存されます</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>学習を停止</translation>
    </message>
    <message>
        <source>Open the newest checkpoint in the editor (saved now if the run has moved on); training goes on</source>
        <translation>最新のチェックポイントをエディターで開きます（学習が進んでいれば今保存します）。学習は続きます</translation>
    </message>
    <message>
        <source>Open checkpoint in the editor</source>
        <translation>チェックポイントをエディターで開く</translation>
    </message>
    <message>
        <source>Show the run folder (checkpoint, samples, log) in the file manager</source>
        <translation>学習フォルダー（チェックポイント、サンプル、ログ）をファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Show run folder</source>
        <translation>学習フォルダーを表示</translation>
    </message>
    <message>
        <source>Loss curves, VQ code usage and the newest sample grid</source>
        <translation>損失曲線、VQ コードの使用状況、最新のサンプルグリッド</translation>
    </message>
    <message>
        <source>Training views</source>
        <translation>学習の表示</translation>
    </message>
    <message>
        <source>Losses (mean per interval, log scale)</source>
        <translation>損失（区間ごとの平均、対数目盛）</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>千枚</translation>
    </message>
    <message>
        <source>Every loss of the run over the images seen; click a legend entry to hide its curve</source>
        <translation>学習した画像数に対する各損失。凡例の項目をクリックするとその曲線を非表示にできます</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>損失曲線</translation>
    </message>
    <message>
        <source>Share of each VQ code per pose layer</source>
        <translation>ポーズレイヤーごとの各 VQ コードの割合</translation>
    </message>
    <message>
        <source>How often each code (object class) of each pose layer was chosen recently; a code near 0% is not used</source>
        <translation>各ポーズレイヤーの各コード（オブジェクトクラス）が最近選ばれた頻度。0% に近いコードは使われていません</translation>
    </message>
    <message>
        <source>VQ code usage</source>
        <translation>VQ コードの使用状況</translation>
    </message>
    <message>
        <source>The first sample grid appears shortly after training starts</source>
        <translation>最初のサンプルグリッドは学習開始後まもなく表示されます</translation>
    </message>
    <message>
        <source>Fixed images from the data: each row an identity, each column a pose; wheel to zoom</source>
        <translation>データから選んだ固定の画像：各行がアイデンティティ、各列がポーズ。ホイールでズーム</translation>
    </message>
    <message>
        <source>Sample grid</source>
        <translation>サンプルグリッド</translation>
    </message>
    <message>
        <source>Stopping after the step in progress; the checkpoint is being saved…</source>
        <translation>実行中のステップの後で停止します。チェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>toyfaces</source>
        <translation>toyfaces</translation>
    </message>
    <message>
        <source>Starting: training on %1…</source>
        <translation>開始中：%1 で学習…</translation>
    </message>
    <message>
        <source>Starting: fine-tuning %1 on %2…</source>
        <translation>開始中：%1 を %2 でファインチューニング…</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>学習フォルダー：%1</translation>
    </message>
    <message>
        <source>Preparing the data: %1</source>
        <translation>データを準備しています：%1</translation>
    </message>
    <message>
        <source>Paused at step %1. Resume to continue.</source>
        <translation>ステップ %1 で一時停止中です。再開すると続行します。</translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation>チェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>Checkpoint of step %1 saved.</source>
        <translation>ステップ %1 のチェックポイントを保存しました。</translation>
    </message>
    <message>
        <source>Training: step %1</source>
        <translation>学習中：ステップ %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 枚/秒</translation>
    </message>
    <message>
        <source>none (no VQ)</source>
        <translation>なし（VQ なし）</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>学習に失敗しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;学習に失敗しました：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1.</source>
        <translation>最後の正常なチェックポイントは %1 です。</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>学習が始まる前に停止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The run was stopped while its data was loading.</source>
        <translation>データの読み込み中に学習が停止されました。</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>ステップ %1 で停止しました。</translation>
    </message>
    <message>
        <source>Finished at step %1.</source>
        <translation>ステップ %1 で完了しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped.&lt;/b&gt; Its checkpoint was kept: %1</source>
        <translation>&lt;b&gt;学習を停止しました。&lt;/b&gt;チェックポイントは保存されています：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training finished.&lt;/b&gt; The model is %1</source>
        <translation>&lt;b&gt;学習が完了しました。&lt;/b&gt;モデル：%1</translation>
    </message>
    <message>
        <source>Open in Editor opens it.</source>
        <translation>「エディターで開く」で開けます。</translation>
    </message>
    <message>
        <source>Saving checkpoint…</source>
        <translation>チェックポイントを保存中…</translation>
    </message>
    <message>
        <source>Saving a checkpoint to open…</source>
        <translation>開くためのチェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Top row: the poses; left column: the identities; each cell the identity of its row in the pose of its column. Step %1, %2 images seen: %3</source>
        <translation>上の行：ポーズ、左の列：アイデンティティ。各セルはその行のアイデンティティをその列のポーズで描いたものです。ステップ %1、学習した画像 %2 枚：%3</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;in Editor</source>
        <translation>エディターで開く(&amp;I)</translation>
    </message>
    <message>
        <source>Show Folde&amp;r</source>
        <translation>フォルダーを表示(&amp;R)</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Code Usage</source>
        <translation>コードの使用状況</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
</context>
</TS>
