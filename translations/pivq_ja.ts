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
        <source>it was written in format %1; this version reads format %2</source>
        <translation>形式 %1 で書かれています。このバージョンが読めるのは形式 %2 です</translation>
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
</context>
</TS>
