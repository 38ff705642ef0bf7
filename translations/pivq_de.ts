<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>pivq::ui::CompareDialog</name>
    <message>
        <source>Compare results</source>
        <translation>Ergebnisse vergleichen</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag to move</source>
        <translation>Mausrad oder +/- zum Zoomen, Ziehen zum Verschieben</translation>
    </message>
</context>
<context>
    <name>pivq::ui::GalleryStrip</name>
    <message>
        <source>Kept results: drag one onto an input to use it, right-click to save, remove or compare</source>
        <translation>Behaltene Ergebnisse: auf eine Eingabe ziehen, um es zu verwenden; Rechtsklick zum Speichern, Entfernen oder Vergleichen</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Results you keep with Add to Gallery (Ctrl+G) appear here.</source>
        <translation>Mit „Zur Galerie hinzufügen“ (Strg+G) behaltene Ergebnisse erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>pivq::ui::ImageSlot</name>
    <message>
        <source>%1: drop an image file or image here, paste one (Ctrl+V) or open a file</source>
        <translation>%1: Bilddatei oder Bild hier ablegen, einfügen (Strg+V) oder eine Datei öffnen</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>Bild hier ablegen</translation>
    </message>
    <message>
        <source>The model&apos;s reconstruction of this input: G(E(image))</source>
        <translation>Die Rekonstruktion dieser Eingabe durch das Modell: G(E(Bild))</translation>
    </message>
    <message>
        <source>%1 reconstruction</source>
        <translation>Rekonstruktion: %1</translation>
    </message>
    <message>
        <source>reconstructing…</source>
        <translation>wird rekonstruiert…</translation>
    </message>
    <message>
        <source>Per-pixel error of the reconstruction: white is a mean error of a quarter of the full range or more</source>
        <translation>Fehler der Rekonstruktion je Pixel: Weiß bedeutet einen mittleren Fehler von einem Viertel des Wertebereichs oder mehr</translation>
    </message>
    <message>
        <source>%1 reconstruction error map</source>
        <translation>Fehlerkarte der Rekonstruktion: %1</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Use the image or image file on the clipboard</source>
        <translation>Das Bild oder die Bilddatei aus der Zwischenablage verwenden</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation>Diese Eingabe entfernen</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Show how the model reconstructs this input, with the per-pixel error</source>
        <translation>Zeigen, wie das Modell diese Eingabe rekonstruiert, mit dem Fehler je Pixel</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (%2). Use a PNG, JPEG, BMP or WebP file.</source>
        <translation>%1 ist kein lesbares Bild (%2). Verwenden Sie eine PNG-, JPEG-, BMP- oder WebP-Datei.</translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels; use an image of at least %4 × %4.</source>
        <translation>%1 ist nur %2 × %3 Pixel groß; verwenden Sie ein Bild mit mindestens %4 × %4 Pixeln.</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>Die abgelegten Daten sind kein Bild.</translation>
    </message>
    <message>
        <source>The image is only %1 × %2 pixels; use one of at least %3 × %3.</source>
        <translation>Das Bild ist nur %1 × %2 Pixel groß; verwenden Sie eines mit mindestens %3 × %3 Pixeln.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
    <message>
        <source>%1 is not a local file. Save the image first, or drag the picture itself.</source>
        <translation>%1 ist keine lokale Datei. Speichern Sie das Bild zuerst oder ziehen Sie das Bild selbst hierher.</translation>
    </message>
    <message>
        <source>Nothing usable was dropped: give an image file or an image.</source>
        <translation>Es wurde nichts Verwendbares abgelegt: Geben Sie eine Bilddatei oder ein Bild an.</translation>
    </message>
    <message>
        <source>random #%1</source>
        <translation>zufällig #%1</translation>
    </message>
    <message>
        <source>PSNR %1 dB</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>drawing…</source>
        <translation>wird gezogen…</translation>
    </message>
    <message>
        <source>no error map</source>
        <translation>keine Fehlerkarte</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Bilddatei.</translation>
    </message>
    <message>
        <source>%1: open an image file</source>
        <translation>%1: eine Bilddatei öffnen</translation>
    </message>
    <message>
        <source>%1: draw a random one from the model</source>
        <translation>%1: zufällig aus dem Modell ziehen</translation>
    </message>
    <message>
        <source>Show reconstruction: %1</source>
        <translation>Rekonstruktion zeigen: %1</translation>
    </message>
    <message>
        <source>Open Image: %1</source>
        <translation>Bild öffnen: %1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::InterpolationPanel</name>
    <message>
        <source>Second pose</source>
        <translation>Zweite Pose</translation>
    </message>
    <message>
        <source>Second identity</source>
        <translation>Zweite Identität</translation>
    </message>
    <message>
        <source>Pose interpolation</source>
        <translation>Pose-Interpolation</translation>
    </message>
    <message>
        <source>Move the pose from the pose input (left) to the second pose (right)</source>
        <translation>Die Pose von der Pose-Eingabe (links) zur zweiten Pose (rechts) verschieben</translation>
    </message>
    <message>
        <source>Identity interpolation</source>
        <translation>Identitäts-Interpolation</translation>
    </message>
    <message>
        <source>Move the identity from the identity input (left) to the second identity (right)</source>
        <translation>Die Identität von der Identitäts-Eingabe (links) zur zweiten Identität (rechts) verschieben</translation>
    </message>
    <message>
        <source>&amp;Pose t:</source>
        <translation>&amp;Pose t:</translation>
    </message>
    <message>
        <source>I&amp;dentity t:</source>
        <translation>I&amp;dentität t:</translation>
    </message>
    <message>
        <source>Add to &amp;gallery</source>
        <translation>Zur &amp;Galerie hinzufügen</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery (Ctrl+G)</source>
        <translation>Das aktuelle Ergebnis in der Galerie behalten (Strg+G)</translation>
    </message>
    <message>
        <source>Add result to gallery</source>
        <translation>Ergebnis zur Galerie hinzufügen</translation>
    </message>
    <message>
        <source>Pose (left to right) by identity (top to bottom): drag, or use the arrow keys</source>
        <translation>Pose (von links nach rechts) mal Identität (von oben nach unten): ziehen oder die Pfeiltasten verwenden</translation>
    </message>
    <message>
        <source>Pose and identity interpolation pad</source>
        <translation>Feld für Pose- und Identitäts-Interpolation</translation>
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
        <translation>Meldung zum Modell</translation>
    </message>
    <message>
        <source>Render error</source>
        <translation>Fehler beim Zeichnen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The identity in the pose, with the object mask of the chosen layer over it. Paint on it with the mask tools; wheel or +/- to zoom, middle button to move</source>
        <translation>Die Identität in der Pose, darüber die Objektmaske der gewählten Ebene. Mit den Maskenwerkzeugen darauf malen; Mausrad oder +/- zum Zoomen, mittlere Maustaste zum Verschieben</translation>
    </message>
    <message>
        <source>Object mask</source>
        <translation>Objektmaske</translation>
    </message>
    <message>
        <source>The object mask of the chosen layer alone; paint on it like on the result</source>
        <translation>Nur die Objektmaske der gewählten Ebene; darauf malen wie auf dem Ergebnis</translation>
    </message>
    <message>
        <source>The object mask appears after the first render</source>
        <translation>Die Objektmaske erscheint nach dem ersten Zeichnen</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Where the networks run; change it in Preferences</source>
        <translation>Wo die Netze laufen; änderbar in den Einstellungen</translation>
    </message>
    <message>
        <source>The model in use; Model &gt; Model Information for details</source>
        <translation>Das verwendete Modell; Einzelheiten unter Modell &gt; Modellinformationen</translation>
    </message>
    <message>
        <source>Engine time of the last render</source>
        <translation>Rechenzeit des letzten Zeichnens</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>Open &amp;Pose Image…</source>
        <translation>&amp;Pose-Bild öffnen…</translation>
    </message>
    <message>
        <source>Open an image file as the pose input</source>
        <translation>Eine Bilddatei als Pose-Eingabe öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Identity Image…</source>
        <translation>&amp;Identitäts-Bild öffnen…</translation>
    </message>
    <message>
        <source>Open an image file as the identity input</source>
        <translation>Eine Bilddatei als Identitäts-Eingabe öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste the clipboard image into the focused input (else the pose)</source>
        <translation>Das Bild aus der Zwischenablage in die gewählte Eingabe einfügen (sonst in die Pose)</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>Ergebnis &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the result as a PNG image</source>
        <translation>Das Ergebnis als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close PIVQ Studio</source>
        <translation>PIVQ Studio schließen</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Exchange the pose and the identity inputs</source>
        <translation>Pose- und Identitäts-Eingabe vertauschen</translation>
    </message>
    <message>
        <source>Random P&amp;ose</source>
        <translation>Zufällige P&amp;ose</translation>
    </message>
    <message>
        <source>Draw a random pose from the model</source>
        <translation>Eine zufällige Pose aus dem Modell ziehen</translation>
    </message>
    <message>
        <source>Random I&amp;dentity</source>
        <translation>Zufällige I&amp;dentität</translation>
    </message>
    <message>
        <source>Draw a random identity from the model</source>
        <translation>Eine zufällige Identität aus dem Modell ziehen</translation>
    </message>
    <message>
        <source>Add to &amp;Gallery</source>
        <translation>Zur &amp;Galerie hinzufügen</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery</source>
        <translation>Das aktuelle Ergebnis in der Galerie behalten</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Device, threads and language</source>
        <translation>Gerät, Threads und Sprache</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Magnify the result</source>
        <translation>Das Ergebnis vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Reduce the result</source>
        <translation>Das Ergebnis verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole result as large as it fits</source>
        <translation>Das ganze Ergebnis so groß wie möglich zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>One result pixel per screen pixel</source>
        <translation>Ein Ergebnis-Pixel je Bildschirm-Pixel</translation>
    </message>
    <message>
        <source>Mask &amp;Overlay</source>
        <translation>Masken-&amp;Überlagerung</translation>
    </message>
    <message>
        <source>Draw the object mask over the result</source>
        <translation>Die Objektmaske über das Ergebnis zeichnen</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a trained model (.pivq)</source>
        <translation>Ein trainiertes Modell öffnen (.pivq)</translation>
    </message>
    <message>
        <source>Model &amp;Information</source>
        <translation>Modell&amp;informationen</translation>
    </message>
    <message>
        <source>Parameters and configuration of the model in use</source>
        <translation>Parameter und Konfiguration des verwendeten Modells</translation>
    </message>
    <message>
        <source>&amp;About PIVQ Studio</source>
        <translation>Über PIVQ &amp;Studio</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>M&amp;aske</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Untrained Networks</source>
        <translation>&amp;Untrainierte Netze</translation>
    </message>
    <message>
        <source>Build a model configuration with random weights (for trying the interface)</source>
        <translation>Eine Modellkonfiguration mit zufälligen Gewichten erstellen (zum Ausprobieren der Oberfläche)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klassen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>As Pose</source>
        <translation>Als Pose</translation>
    </message>
    <message>
        <source>As Identity</source>
        <translation>Als Identität</translation>
    </message>
    <message>
        <source>You asked for the untrained “%1” networks.</source>
        <translation>Sie haben die untrainierten Netze „%1“ angefordert.</translation>
    </message>
    <message>
        <source>No trained model is installed.</source>
        <translation>Es ist kein trainiertes Modell installiert.</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>You chose untrained networks.</source>
        <translation>Sie haben untrainierte Netze gewählt.</translation>
    </message>
    <message>
        <source>building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>PIVQ models (*.pivq)</source>
        <translation>PIVQ-Modelle (*.pivq)</translation>
    </message>
    <message>
        <source>the “%1” networks</source>
        <translation>die Netze „%1“</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model could be loaded.&lt;/b&gt; %1&lt;br&gt;%2&lt;br&gt;Open a trained model with Model › Open Model… (a &lt;code&gt;.pivq&lt;/code&gt; file written by &lt;code&gt;pivq train&lt;/code&gt;).</source>
        <translation>&lt;b&gt;Es konnte kein Modell geladen werden.&lt;/b&gt; %1&lt;br&gt;%2&lt;br&gt;Öffnen Sie ein trainiertes Modell mit Modell › Modell öffnen… (eine von &lt;code&gt;pivq train&lt;/code&gt; geschriebene &lt;code&gt;.pivq&lt;/code&gt;-Datei).</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2&lt;br&gt;Still using %3.</source>
        <translation>%1 konnte nicht geöffnet werden: %2&lt;br&gt;Weiterhin in Verwendung: %3.</translation>
    </message>
    <message>
        <source>The engine reports: %1</source>
        <translation>Die Engine meldet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is loaded.&lt;/b&gt; Open one with Model › Open Model…</source>
        <translation>&lt;b&gt;Es ist kein Modell geladen.&lt;/b&gt; Öffnen Sie eines mit Modell › Modell öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Showing the untrained “%2” networks, so results are noise.&lt;/b&gt;&lt;br&gt;To get a working model, train one, e.g. &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt;, then choose Model › Open Model… and open &lt;code&gt;runs/toy/model.pivq&lt;/code&gt; (or put a &lt;code&gt;.pivq&lt;/code&gt; file into the &lt;code&gt;models&lt;/code&gt; folder).</source>
        <translation>&lt;b&gt;%1 Es werden die untrainierten Netze „%2“ gezeigt, die Ergebnisse sind daher Rauschen.&lt;/b&gt;&lt;br&gt;Für ein funktionierendes Modell trainieren Sie eines, z. B. &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt;, wählen dann Modell › Modell öffnen… und öffnen &lt;code&gt;runs/toy/model.pivq&lt;/code&gt; (oder legen eine &lt;code&gt;.pivq&lt;/code&gt;-Datei in den Ordner &lt;code&gt;models&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>%1 (untrained)</source>
        <translation>%1 (untrainiert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model Information</source>
        <translation>Modellinformationen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;Resolution: %3 px; mask layers: %4; classes: %5&lt;br&gt;Generator: %6 M parameters; encoder: %7 M parameters&lt;br&gt;Device: %8, %9 threads; LibTorch %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Datei: %2&lt;br&gt;Auflösung: %3 px; Maskenebenen: %4; Klassen: %5&lt;br&gt;Generator: %6 Mio. Parameter; Encoder: %7 Mio. Parameter&lt;br&gt;Gerät: %8, %9 Threads; LibTorch %10</translation>
    </message>
    <message>
        <source>none (untrained preset)</source>
        <translation>keine (untrainierte Voreinstellung)</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>Modellkonfiguration</translation>
    </message>
    <message>
        <source>The configuration of the loaded model</source>
        <translation>Die Konfiguration des geladenen Modells</translation>
    </message>
    <message>
        <source>last render %1 ms</source>
        <translation>letztes Zeichnen %1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;The result could not be drawn:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Ergebnis konnte nicht gezeichnet werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No model is loaded.
Model › Open Model… opens a trained .pivq file.</source>
        <translation>Es ist kein Modell geladen.
Modell › Modell öffnen… öffnet eine trainierte .pivq-Datei.</translation>
    </message>
    <message>
        <source>Give a pose and an identity: drop image files on the two inputs on the left, paste one, or draw random ones.</source>
        <translation>Geben Sie eine Pose und eine Identität an: Bilddateien auf die beiden Eingaben links ziehen, ein Bild einfügen oder zufällige ziehen.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
    <message>
        <source>Mask edits were cleared: they belonged to the previous pose.</source>
        <translation>Die Maskenänderungen wurden verworfen: Sie gehörten zur vorherigen Pose.</translation>
    </message>
    <message>
        <source>There is no result to keep yet.</source>
        <translation>Es gibt noch kein Ergebnis zum Behalten.</translation>
    </message>
    <message>
        <source>%1 in the pose of %2</source>
        <translation>%1 in der Pose von %2</translation>
    </message>
    <message>
        <source>pose t = %1</source>
        <translation>Pose t = %1</translation>
    </message>
    <message>
        <source>identity t = %1</source>
        <translation>Identität t = %1</translation>
    </message>
    <message>
        <source>edited masks</source>
        <translation>bearbeitete Masken</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>Es gibt noch kein Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>result.png</source>
        <translation>ergebnis.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PIVQ Studio.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von PIVQ Studio verwendet.</translation>
    </message>
    <message>
        <source>About PIVQ Studio</source>
        <translation>Über PIVQ Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;Draw the identity of one image in the pose of another, with the learned object masks of PIVQGAN that you can paint.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;Zeichnet die Identität eines Bildes in der Pose eines anderen, mit den gelernten Objektmasken von PIVQGAN, die Sie bemalen können.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %2 auf %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save inputs, interpolation, mask edits and palette in one file</source>
        <translation>Eingaben, Interpolation, Maskenänderungen und Palette in einer Datei speichern</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Sit&amp;zung öffnen…</translation>
    </message>
    <message>
        <source>Open a session saved by PIVQ Studio</source>
        <translation>Eine von PIVQ Studio gespeicherte Sitzung öffnen</translation>
    </message>
    <message>
        <source>The mask edits of layer(s) %1 do not fit the model in use and were left out.</source>
        <translation>Die Maskenänderungen der Ebene(n) %1 passen nicht zum verwendeten Modell und wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>session.pivqs</source>
        <translation>sitzung.pivqs</translation>
    </message>
    <message>
        <source>PIVQ Studio sessions (*.pivqs)</source>
        <translation>PIVQ-Studio-Sitzungen (*.pivqs)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>%1, threads: %2</source>
        <translation>%1, Threads: %2</translation>
    </message>
    <message>
        <source>Export &amp;Interpolation…</source>
        <translation>&amp;Interpolation exportieren…</translation>
    </message>
    <message>
        <source>Save the pose or identity interpolation (t from 0 to 1) as a strip of frames</source>
        <translation>Die Pose- oder Identitäts-Interpolation (t von 0 bis 1) als Bildstreifen speichern</translation>
    </message>
    <message>
        <source>Export Interpolation</source>
        <translation>Interpolation exportieren</translation>
    </message>
    <message>
        <source>Give a second pose or a second identity (Interpolation panel) first.</source>
        <translation>Geben Sie zuerst eine zweite Pose oder eine zweite Identität an (Bereich Interpolation).</translation>
    </message>
    <message>
        <source>Which interpolation?</source>
        <translation>Welche Interpolation?</translation>
    </message>
    <message>
        <source>interpolation.png</source>
        <translation>interpolation.png</translation>
    </message>
    <message>
        <source>A frame could not be drawn: %1</source>
        <translation>Ein Einzelbild konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Rendering %1 frames…</source>
        <translation>%1 Einzelbilder werden gezeichnet…</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskDocument</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskEditor</name>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Reset masks</source>
        <translation>Masken zurücksetzen</translation>
    </message>
    <message>
        <source>Paint: %1</source>
        <translation>Malen: %1</translation>
    </message>
    <message>
        <source>Fill: %1</source>
        <translation>Füllen: %1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskPanel</name>
    <message>
        <source>The VQSN layer whose object mask you see and paint; coarse layers move large parts, fine layers details</source>
        <translation>Die VQSN-Ebene, deren Objektmaske Sie sehen und bemalen; grobe Ebenen bewegen große Teile, feine Ebenen Details</translation>
    </message>
    <message>
        <source>Mask layer</source>
        <translation>Maskenebene</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>Paint the current class</source>
        <translation>Die aktuelle Klasse malen</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>Erase edits: back to the mask the model encoded</source>
        <translation>Änderungen radieren: zurück zur vom Modell kodierten Maske</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>Fill the connected area under the cursor with the current class</source>
        <translation>Den zusammenhängenden Bereich unter dem Zeiger mit der aktuellen Klasse füllen</translation>
    </message>
    <message>
        <source>&amp;Pick class</source>
        <translation>Klasse &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Make the class under the cursor the current class</source>
        <translation>Die Klasse unter dem Zeiger zur aktuellen Klasse machen</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <source>Brush and eraser diameter in mask cells ([ smaller, ] larger)</source>
        <translation>Durchmesser von Pinsel und Radierer in Maskenzellen ([ kleiner, ] größer)</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>Brush &amp;size (cells):</source>
        <translation>Pinsel&amp;größe (Zellen):</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>How strongly the mask is drawn over the result</source>
        <translation>Wie deckend die Maske über das Ergebnis gezeichnet wird</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <source>O&amp;verlay:</source>
        <translation>Über&amp;lagerung:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last mask edit (%1)</source>
        <translation>Die letzte Maskenänderung rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the mask edit that was undone (%1)</source>
        <translation>Die rückgängig gemachte Maskenänderung wiederholen (%1)</translation>
    </message>
    <message>
        <source>Re&amp;set masks</source>
        <translation>Masken &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every mask edit (can be undone)</source>
        <translation>Alle Maskenänderungen entfernen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Layer %1 (%2 × %2)</source>
        <translation>Ebene %1 (%2 × %2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PalettePanel</name>
    <message>
        <source>Paint with this class (key %1)</source>
        <translation>Mit dieser Klasse malen (Taste %1)</translation>
    </message>
    <message>
        <source>Paint with this class</source>
        <translation>Mit dieser Klasse malen</translation>
    </message>
    <message>
        <source>Change the colour of this class</source>
        <translation>Die Farbe dieser Klasse ändern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide this class in the overlay and the mask view</source>
        <translation>Diese Klasse in der Überlagerung und der Maskenansicht zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>Solo</translation>
    </message>
    <message>
        <source>Show only this class</source>
        <translation>Nur diese Klasse zeigen</translation>
    </message>
    <message>
        <source>Paint with %1</source>
        <translation>Mit %1 malen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Name of class %1</source>
        <translation>Name der Klasse %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Nur %1 zeigen</translation>
    </message>
    <message>
        <source>The name of this class; remembered for this model</source>
        <translation>Der Name dieser Klasse; wird für dieses Modell gemerkt</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>Automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Where the networks run. Now: %1. If CUDA is chosen but not available, the studio says so and stays on the CPU.</source>
        <translation>Wo die Netze laufen. Derzeit: %1. Wird CUDA gewählt, ist aber nicht verfügbar, meldet das Studio dies und bleibt auf der CPU.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU threads for the networks; Automatic uses every core</source>
        <translation>CPU-Threads für die Netze; Automatisch nutzt alle Kerne</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of the studio; takes effect at the next start</source>
        <translation>Die Sprache des Studios; wirkt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Clear recent files and models</source>
        <translation>Zuletzt verwendete Dateien und Modelle &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the File &gt; Open Recent and Model &gt; Open Recent lists</source>
        <translation>Die Listen Datei &gt; Zuletzt geöffnet und Modell &gt; Zuletzt geöffnet leeren</translation>
    </message>
</context>
<context>
    <name>pivq::ui::Session</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the edits of layer %1 do not fit its mask</source>
        <translation>die Änderungen der Ebene %1 passen nicht zu ihrer Maske</translation>
    </message>
    <message>
        <source>cannot create the archive</source>
        <translation>das Archiv kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>das Archiv kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (not a zip archive)</source>
        <translation>es ist keine PIVQ-Sitzung (kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>it has too many entries</source>
        <translation>es enthält zu viele Einträge</translation>
    </message>
    <message>
        <source>its zip directory is damaged</source>
        <translation>sein ZIP-Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>unexpected entry “%1”</source>
        <translation>unerwarteter Eintrag „%1“</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (no session.json)</source>
        <translation>es ist keine PIVQ-Sitzung (keine session.json)</translation>
    </message>
    <message>
        <source>session.json is not valid JSON</source>
        <translation>session.json ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it was written in format %1; this version reads format %2</source>
        <translation>sie wurde im Format %1 geschrieben; diese Version liest Format %2</translation>
    </message>
    <message>
        <source>the image %1 is missing or damaged</source>
        <translation>das Bild %1 fehlt oder ist beschädigt</translation>
    </message>
    <message>
        <source>a random input has no valid seed</source>
        <translation>eine zufällige Eingabe hat keinen gültigen Startwert</translation>
    </message>
    <message>
        <source>a mask layer is described wrongly</source>
        <translation>eine Maskenebene ist falsch beschrieben</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 are missing or damaged</source>
        <translation>die Maskenänderungen der Ebene %1 fehlen oder sind beschädigt</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 hold an invalid class</source>
        <translation>die Maskenänderungen der Ebene %1 enthalten eine ungültige Klasse</translation>
    </message>
</context>
</TS>
