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
    <name>pivq::ui::ImageFile</name>
    <message>
        <source>there is no image to save</source>
        <translation>es gibt kein Bild zum Speichern</translation>
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
    <message>
        <source>Refine…</source>
        <translation>Verfeinern…</translation>
    </message>
    <message>
        <source>Refine %1</source>
        <translation>%1 verfeinern</translation>
    </message>
    <message>
        <source>%1 refinement</source>
        <translation>Verfeinerung: %1</translation>
    </message>
    <message>
        <source>How faithful the reconstruction is before and after refinement (PSNR, higher is better)</source>
        <translation>Wie originalgetreu die Rekonstruktion vor und nach der Verfeinerung ist (PSNR, höher ist besser)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding of the image, exactly (undoes the refinement)</source>
        <translation>%1: exakt zurück zur reinen Kodierung des Bildes (macht die Verfeinerung rückgängig)</translation>
    </message>
    <message>
        <source>Revert %1 to the plain encoding</source>
        <translation>%1 auf die reine Kodierung zurücksetzen</translation>
    </message>
    <message>
        <source>%1 refinement progress</source>
        <translation>Fortschritt der Verfeinerung: %1</translation>
    </message>
    <message>
        <source>Refinement steps done, and how faithful the reconstruction is so far (PSNR)</source>
        <translation>Erledigte Verfeinerungsschritte und wie originalgetreu die Rekonstruktion bisher ist (PSNR)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: stop the refinement; what it reached is kept (Revert undoes it)</source>
        <translation>%1: Verfeinerung beenden; das Erreichte bleibt erhalten („Zurücksetzen“ macht es rückgängig)</translation>
    </message>
    <message>
        <source>Cancel the refinement of %1</source>
        <translation>Verfeinerung von %1 abbrechen</translation>
    </message>
    <message>
        <source>The saved latents of %1 are empty.</source>
        <translation>Die gespeicherten Latents von %1 sind leer.</translation>
    </message>
    <message>
        <source>refined latents</source>
        <translation>verfeinerte Latents</translation>
    </message>
    <message>
        <source>This input cannot be refined.</source>
        <translation>Diese Eingabe kann nicht verfeinert werden.</translation>
    </message>
    <message>
        <source>It is being refined now.</source>
        <translation>Die Eingabe wird gerade verfeinert.</translation>
    </message>
    <message>
        <source>Give an image first.</source>
        <translation>Geben Sie zuerst ein Bild an.</translation>
    </message>
    <message>
        <source>A random draw has no image to match: refinement fits the latents to an image.</source>
        <translation>Eine zufällige Ziehung hat kein Bild, an das sie angepasst werden könnte: Die Verfeinerung passt die Latents an ein Bild an.</translation>
    </message>
    <message>
        <source>These latents have no image to match.</source>
        <translation>Zu diesen Latents gibt es kein Bild, an das sie angepasst werden könnten.</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 kann jetzt nicht verfeinert werden: %2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>tuning the generator: %1 / %2, PSNR %3 dB</source>
        <translation>Generator wird angepasst: %1 / %2, PSNR %3 dB</translation>
    </message>
    <message>
        <source>step %1 / %2, PSNR %3 dB</source>
        <translation>Schritt %1 / %2, PSNR %3 dB</translation>
    </message>
    <message>
        <source>refining: PSNR %1 dB</source>
        <translation>wird verfeinert: PSNR %1 dB</translation>
    </message>
    <message>
        <source>PSNR %1 → %2 dB</source>
        <translation>PSNR %1 → %2 dB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The refinement stopped: %1</source>
        <translation>Die Verfeinerung wurde beendet: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 steps</source>
        <translation>nach %1 von %2 Schritten beendet</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 steps</source>
        <translation>nach %1 von %2 Schritten abgebrochen</translation>
    </message>
    <message>
        <source>refined</source>
        <translation>verfeinert</translation>
    </message>
    <message>
        <source>%1: make the model&apos;s reconstruction of this image faithful by optimising its latents (and optionally the generator) for a number of steps</source>
        <translation>%1: die Rekonstruktion dieses Bildes durch das Modell originalgetreu machen, indem seine Latents (und wahlweise der Generator) über eine Anzahl von Schritten optimiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an input image.</source>
        <translation>%1 ist zu groß für ein Eingabebild.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 kann nicht verwendet werden: %2.</translation>
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
    <message>
        <source>Opening the checkpoint %1…</source>
        <translation>Checkpoint %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;New Training Run…</source>
        <translation>&amp;Neues Training…</translation>
    </message>
    <message>
        <source>Train a model on toyfaces, a folder or a .zip of images, with a monitor of its progress</source>
        <translation>Ein Modell mit Toyfaces, einem Ordner oder einer .zip-Datei mit Bildern trainieren, mit einer Fortschrittsanzeige</translation>
    </message>
    <message>
        <source>&amp;Fine-tune Current Model…</source>
        <translation>Aktuelles Modell &amp;feinabstimmen…</translation>
    </message>
    <message>
        <source>Continue training the open model on new images (domain fine-tune)</source>
        <translation>Das geöffnete Modell mit neuen Bildern weitertrainieren (Feinabstimmung auf eine Domäne)</translation>
    </message>
    <message>
        <source>Training &amp;Monitor</source>
        <translation>Trainings&amp;monitor</translation>
    </message>
    <message>
        <source>Show the progress, losses and samples of the training run</source>
        <translation>Fortschritt, Verluste und Beispiele des Trainings zeigen</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Training Monitor</source>
        <translation>Trainingsmonitor</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A training run is still going. Stop it and close PIVQ Studio? The run saves a checkpoint first, which takes a moment.</source>
        <translation>Ein Training läuft noch. Beenden und PIVQ Studio schließen? Das Training speichert zuerst einen Checkpoint, das dauert einen Moment.</translation>
    </message>
    <message>
        <source>&amp;Stop Training and Close</source>
        <translation>Training be&amp;enden und schließen</translation>
    </message>
    <message>
        <source>Stopping the training run and saving its checkpoint…</source>
        <translation>Das Training wird beendet und sein Checkpoint gespeichert…</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Das Training konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Fine-tune Current Model</source>
        <translation>Aktuelles Modell feinabstimmen</translation>
    </message>
    <message>
        <source>Open a trained model first (Model › Open Model…): a fine-tune continues the training of a .pivq file.</source>
        <translation>Öffnen Sie zuerst ein trainiertes Modell (Modell › Modell öffnen…): Eine Feinabstimmung setzt das Training einer .pivq-Datei fort.</translation>
    </message>
    <message>
        <source>Training started in %1</source>
        <translation>Training in %1 gestartet</translation>
    </message>
    <message>
        <source>The training run failed; the Training Monitor says why.</source>
        <translation>Das Training ist fehlgeschlagen; der Trainingsmonitor nennt den Grund.</translation>
    </message>
    <message>
        <source>Training stopped; checkpoint %1</source>
        <translation>Training beendet; Checkpoint %1</translation>
    </message>
    <message>
        <source>Training finished: %1</source>
        <translation>Training abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Generator tuning message</source>
        <translation>Meldung zur Generator-Anpassung</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded, so the swap keeps its pose and masks: refining improves this image&apos;s own reconstruction.</source>
        <translation>Seine Pose-Zeilen bleiben wie kodiert, sodass der Tausch seine Pose und Masken behält: Die Verfeinerung verbessert die eigene Rekonstruktion dieses Bildes.</translation>
    </message>
    <message>
        <source>Refine &amp;Pose Image…</source>
        <translation>&amp;Pose-Bild verfeinern…</translation>
    </message>
    <message>
        <source>Optimise the pose image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>Die Latents des Pose-Bildes optimieren, damit seine Rekonstruktion originalgetreu wird</translation>
    </message>
    <message>
        <source>Refine &amp;Identity Image…</source>
        <translation>&amp;Identitäts-Bild verfeinern…</translation>
    </message>
    <message>
        <source>Optimise the identity image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>Die Latents des Identitäts-Bildes optimieren, damit seine Rekonstruktion originalgetreu wird</translation>
    </message>
    <message>
        <source>&amp;Cancel Refinement</source>
        <translation>Verfeinerung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running refinement; what it reached is kept</source>
        <translation>Die laufende Verfeinerung beenden; das Erreichte bleibt erhalten</translation>
    </message>
    <message>
        <source>Revert P&amp;ose to the Plain Encoding</source>
        <translation>P&amp;ose auf die reine Kodierung zurücksetzen</translation>
    </message>
    <message>
        <source>Undo the refinement of the pose: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>Die Verfeinerung der Pose rückgängig machen: exakt zurück zu den Latents, die der Encoder aus ihrem Bild erzeugt</translation>
    </message>
    <message>
        <source>Revert I&amp;dentity to the Plain Encoding</source>
        <translation>I&amp;dentität auf die reine Kodierung zurücksetzen</translation>
    </message>
    <message>
        <source>Undo the refinement of the identity: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>Die Verfeinerung der Identität rückgängig machen: exakt zurück zu den Latents, die der Encoder aus ihrem Bild erzeugt</translation>
    </message>
    <message>
        <source>Revert &amp;Generator Tuning</source>
        <translation>&amp;Generator-Anpassung zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the model&apos;s own synthesis weights: every result returns to the untuned model</source>
        <translation>Die eigenen Synthesegewichte des Modells wiederherstellen: Jedes Ergebnis kehrt zum nicht angepassten Modell zurück</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Verfeinern</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 kann jetzt nicht verfeinert werden: %2</translation>
    </message>
    <message>
        <source>Cancelling the refinement; what it reached is kept…</source>
        <translation>Die Verfeinerung wird abgebrochen; das Erreichte bleibt erhalten…</translation>
    </message>
    <message>
        <source>The refinement of %1 stopped: %2</source>
        <translation>Die Verfeinerung von %1 wurde beendet: %2</translation>
    </message>
    <message>
        <source>%1 refined in %2 steps (%3 s)</source>
        <translation>%1 in %2 Schritten verfeinert (%3 s)</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding</source>
        <translation>%1: zurück zur reinen Kodierung</translation>
    </message>
    <message>
        <source>The generator&apos;s own weights are back</source>
        <translation>Die eigenen Gewichte des Generators sind wiederhergestellt</translation>
    </message>
    <message>
        <source>No model is loaded; open one first (Model › Open Model…).</source>
        <translation>Es ist kein Modell geladen; öffnen Sie zuerst eines (Modell › Modell öffnen…).</translation>
    </message>
    <message>
        <source>Another refinement is running: wait for it or cancel it.</source>
        <translation>Eine andere Verfeinerung läuft: Warten Sie, bis sie fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The generator is tuned&lt;/b&gt; to one image (pivotal tuning): every result and reconstruction now differs from the model&apos;s own weights. Refine › Revert Generator Tuning puts them back; sessions do not save the tuning.</source>
        <translation>&lt;b&gt;Der Generator ist an ein Bild angepasst&lt;/b&gt; (Pivotal Tuning): Jedes Ergebnis und jede Rekonstruktion weicht nun von den eigenen Gewichten des Modells ab. Verfeinern › Generator-Anpassung zurücksetzen stellt diese Gewichte wieder her; Sitzungen speichern die Anpassung nicht.</translation>
    </message>
    <message>
        <source>Could not save %1: the refined latents of %2 could not be read from the engine.</source>
        <translation>%1 konnte nicht gespeichert werden: Die verfeinerten Latents von %2 konnten nicht aus der Engine gelesen werden.</translation>
    </message>
    <message>
        <source>%1. The generator tuning is not saved in sessions: opened again, the session renders with the model&apos;s own weights.</source>
        <translation>%1. Die Generator-Anpassung wird nicht in Sitzungen gespeichert: Erneut geöffnet, wird die Sitzung mit den eigenen Gewichten des Modells gezeichnet.</translation>
    </message>
    <message>
        <source>Could not open %1: the refined latents of %2 have %3 × %4 values, but the model in use has %5 × %6.</source>
        <translation>%1 konnte nicht geöffnet werden: Die verfeinerten Latents von %2 haben %3 × %4 Werte, das verwendete Modell aber %5 × %6.</translation>
    </message>
    <message>
        <source>The refined latents of %1 do not fit the model in use; the plain encoding of the image is used instead.</source>
        <translation>Die verfeinerten Latents von %1 passen nicht zum verwendeten Modell; stattdessen wird die reine Kodierung des Bildes verwendet.</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded and its other rows are refined: its own reconstruction gets closer, but swaps with it can get less faithful to it.</source>
        <translation>Seine Pose-Zeilen bleiben wie kodiert, seine übrigen Zeilen werden verfeinert: Seine eigene Rekonstruktion wird genauer, Tauschergebnisse mit ihm können ihm aber weniger getreu werden.</translation>
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
    <name>pivq::ui::RefineDialog</name>
    <message>
        <source>Refine: %1</source>
        <translation>Verfeinern: %1</translation>
    </message>
    <message>
        <source>Optimise the latents of this image step by step so that the model reconstructs it faithfully. The window stays usable meanwhile; Cancel keeps what was reached, and Revert goes back to the plain encoding.</source>
        <translation>Die Latents dieses Bildes Schritt für Schritt optimieren, damit das Modell es originalgetreu rekonstruiert. Das Fenster bleibt währenddessen benutzbar; „Abbrechen“ behält das Erreichte, und „Zurücksetzen“ kehrt zur reinen Kodierung zurück.</translation>
    </message>
    <message>
        <source>Refinement steps</source>
        <translation>Verfeinerungsschritte</translation>
    </message>
    <message>
        <source>Optimisation steps on the image&apos;s W+ latents: more steps fit the image more closely and take longer</source>
        <translation>Optimierungsschritte für die W+-Latents des Bildes: Mehr Schritte passen sich dem Bild genauer an und dauern länger</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Also tune the &amp;generator (changes every result)</source>
        <translation>Auch den &amp;Generator anpassen (ändert jedes Ergebnis)</translation>
    </message>
    <message>
        <source>Also tune the generator</source>
        <translation>Auch den Generator anpassen</translation>
    </message>
    <message>
        <source>Pivotal tuning: after the latents, adjust the generator&apos;s synthesis weights to this image with its latents fixed. Every result and reconstruction changes until Refine › Revert Generator Tuning; sessions do not save the tuning.</source>
        <translation>Pivotal Tuning: Nach den Latents die Synthesegewichte des Generators bei festgehaltenen Latents an dieses Bild anpassen. Jedes Ergebnis und jede Rekonstruktion ändert sich bis Verfeinern › Generator-Anpassung zurücksetzen; Sitzungen speichern die Anpassung nicht.</translation>
    </message>
    <message>
        <source>Generator tuning steps</source>
        <translation>Schritte der Generator-Anpassung</translation>
    </message>
    <message>
        <source>Optimisation steps on the generator&apos;s synthesis weights</source>
        <translation>Optimierungsschritte für die Synthesegewichte des Generators</translation>
    </message>
    <message>
        <source>Generator s&amp;teps:</source>
        <translation>Generator-Schri&amp;tte:</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Verfeinern</translation>
    </message>
    <message>
        <source>Start the refinement; the input shows its progress and a Cancel button</source>
        <translation>Die Verfeinerung starten; die Eingabe zeigt ihren Fortschritt und eine Schaltfläche „Abbrechen“</translation>
    </message>
    <message>
        <source>Start refinement</source>
        <translation>Verfeinerung starten</translation>
    </message>
    <message>
        <source>Close without refining</source>
        <translation>Schließen, ohne zu verfeinern</translation>
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
    <message>
        <source>the latents of input %1 do not have the shape %2 × %3</source>
        <translation>die Latents der Eingabe %1 haben nicht die Form %2 × %3</translation>
    </message>
    <message>
        <source>it was written in format %1; this version reads formats %2 to %3</source>
        <translation>es wurde im Format %1 geschrieben; diese Version liest die Formate %2 bis %3</translation>
    </message>
    <message>
        <source>the refined latents of input %1 are missing</source>
        <translation>die verfeinerten Latents der Eingabe %1 fehlen</translation>
    </message>
    <message>
        <source>the refined latents %1 have an invalid shape %2 × %3</source>
        <translation>die verfeinerten Latents %1 haben die ungültige Form %2 × %3</translation>
    </message>
    <message>
        <source>the refined latents %1 are damaged: %2 bytes where %3 × %4 float32 values take %5</source>
        <translation>die verfeinerten Latents %1 sind beschädigt: %2 Bytes, wo %3 × %4 float32-Werte %5 belegen</translation>
    </message>
    <message>
        <source>the refined latents %1 hold a value that is not a finite number</source>
        <translation>die verfeinerten Latents %1 enthalten einen Wert, der keine endliche Zahl ist</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingDialog</name>
    <message>
        <source>Fine-tune Model</source>
        <translation>Modell feinabstimmen</translation>
    </message>
    <message>
        <source>New Training Run</source>
        <translation>Neues Training</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Toyfaces (procedural faces, no files needed)</source>
        <translation>Toyfaces (prozedurale Gesichter, keine Dateien nötig)</translation>
    </message>
    <message>
        <source>A folder or a .zip file of images</source>
        <translation>Ein Ordner oder eine .zip-Datei mit Bildern</translation>
    </message>
    <message>
        <source>What to train on: the built-in procedural faces, or your own pictures</source>
        <translation>Womit trainiert wird: die eingebauten prozeduralen Gesichter oder Ihre eigenen Bilder</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>a folder (searched recursively) or a .zip file</source>
        <translation>ein Ordner (mit Unterordnern) oder eine .zip-Datei</translation>
    </message>
    <message>
        <source>The training images: a folder, searched recursively, or a .zip file. PNG, JPEG, WebP, BMP and TIFF are read; other files are ignored</source>
        <translation>Die Trainingsbilder: ein Ordner, samt Unterordnern durchsucht, oder eine .zip-Datei. PNG, JPEG, WebP, BMP und TIFF werden gelesen; andere Dateien werden ignoriert</translation>
    </message>
    <message>
        <source>Image folder or zip file</source>
        <translation>Bildordner oder ZIP-Datei</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>Einen Ordner mit Bildern wählen</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>&amp;ZIP…</translation>
    </message>
    <message>
        <source>Choose a .zip file of images</source>
        <translation>Eine .zip-Datei mit Bildern wählen</translation>
    </message>
    <message>
        <source>Choose zip file</source>
        <translation>ZIP-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>B&amp;ilder:</translation>
    </message>
    <message>
        <source>How many procedural faces to draw for the run (kept in memory)</source>
        <translation>Wie viele prozedurale Gesichter für das Training gezeichnet werden (im Speicher gehalten)</translation>
    </message>
    <message>
        <source>Number of toyfaces images</source>
        <translation>Anzahl der Toyfaces-Bilder</translation>
    </message>
    <message>
        <source>The first images, cropped to a square as training sees them</source>
        <translation>Die ersten Bilder, quadratisch zugeschnitten, wie das Training sie sieht</translation>
    </message>
    <message>
        <source>Sample of the training images</source>
        <translation>Auswahl der Trainingsbilder</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The network sizes to start from: tiny32 (tests), cpu64 (trains on a few CPU cores), ref64, paper256 (the paper&apos;s setting, for a GPU)</source>
        <translation>Die Netzgrößen als Ausgangspunkt: tiny32 (Tests), cpu64 (trainiert auf wenigen CPU-Kernen), ref64, paper256 (die Einstellung des Papers, für eine GPU)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>The side of the images the model makes; training images are cropped to a square and resized to it</source>
        <translation>Die Seitenlänge der Bilder, die das Modell erzeugt; Trainingsbilder werden quadratisch zugeschnitten und auf diese Größe skaliert</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <source>K: how many object classes each pose layer&apos;s mask has (%1 to %2)</source>
        <translation>K: wie viele Objektklassen die Maske jeder Pose-Ebene hat (%1 bis %2)</translation>
    </message>
    <message>
        <source>Number of object classes K</source>
        <translation>Anzahl der Objektklassen K</translation>
    </message>
    <message>
        <source>&amp;Classes (K):</source>
        <translation>&amp;Klassen (K):</translation>
    </message>
    <message>
        <source>The synthesis layers driven by the pose (VQSN layers), as 0-based numbers separated by commas, e.g. 3, 5</source>
        <translation>Die Syntheseebenen, die von der Pose gesteuert werden (VQSN-Ebenen), als Nummern ab 0, durch Kommas getrennt, z. B. 3, 5</translation>
    </message>
    <message>
        <source>Pose layers</source>
        <translation>Pose-Ebenen</translation>
    </message>
    <message>
        <source>Pose &amp;layers:</source>
        <translation>Pose-&amp;Ebenen:</translation>
    </message>
    <message>
        <source>VQ-1 (default: nearest code)</source>
        <translation>VQ-1 (Standard: nächster Code)</translation>
    </message>
    <message>
        <source>VQ-2 (built on the previous pose layer)</source>
        <translation>VQ-2 (baut auf der vorigen Pose-Ebene auf)</translation>
    </message>
    <message>
        <source>VQ-3 (codes joined to the features)</source>
        <translation>VQ-3 (Codes an die Merkmale angefügt)</translation>
    </message>
    <message>
        <source>Gumbel-softmax</source>
        <translation>Gumbel-Softmax</translation>
    </message>
    <message>
        <source>None (no VQ, no masks)</source>
        <translation>Keine (kein VQ, keine Masken)</translation>
    </message>
    <message>
        <source>How the pose layers turn features into object masks (paper section 3.2)</source>
        <translation>Wie die Pose-Ebenen Merkmale in Objektmasken umwandeln (Paper, Abschnitt 3.2)</translation>
    </message>
    <message>
        <source>VQSN variant</source>
        <translation>VQSN-Variante</translation>
    </message>
    <message>
        <source>&amp;VQSN variant:</source>
        <translation>VQS&amp;N-Variante:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Images per training step; larger batches run faster per image but need more memory</source>
        <translation>Bilder je Trainingsschritt; größere Batches sind pro Bild schneller, brauchen aber mehr Speicher</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>How long to train: the run stops and saves its checkpoint when this is spent</source>
        <translation>Wie lange trainiert wird: Ist das Budget verbraucht, endet das Training und speichert seinen Checkpoint</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>tausend Bilder</translation>
    </message>
    <message>
        <source>Measure the budget in wall-clock minutes or in thousands of training images</source>
        <translation>Das Budget in Minuten (Echtzeit) oder in Tausenden Trainingsbildern bemessen</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>Einheit des Budgets</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
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
        <source>Where the run computes; on the CPU it shares the cores with the editor, at a lower priority</source>
        <translation>Wo das Training rechnet; auf der CPU teilt es sich die Kerne mit dem Editor, mit niedrigerer Priorität</translation>
    </message>
    <message>
        <source>Training device</source>
        <translation>Trainingsgerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The run folder: model.pivq (the newest checkpoint), samples/ and log.jsonl are written there</source>
        <translation>Der Trainingsordner: model.pivq (der neueste Checkpoint), samples/ und log.jsonl werden dort geschrieben</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose the folder for the run</source>
        <translation>Den Ordner für das Training wählen</translation>
    </message>
    <message>
        <source>Choose output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Start the run; the Training Monitor shows its progress</source>
        <translation>Das Training starten; der Trainingsmonitor zeigt seinen Fortschritt</translation>
    </message>
    <message>
        <source>Close without starting a run</source>
        <translation>Schließen, ohne ein Training zu starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking at the images… %1 of %2</source>
        <translation>Bilder werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>Train a PIVQGAN model on your images. The run goes on in the background; the Training Monitor shows its progress, and any checkpoint opens in the editor.</source>
        <translation>Ein PIVQGAN-Modell mit Ihren Bildern trainieren. Das Training läuft im Hintergrund; der Trainingsmonitor zeigt seinen Fortschritt, und jeder Checkpoint lässt sich im Editor öffnen.</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>(die des Modells)</translation>
    </message>
    <message>
        <source>A fine-tune keeps the architecture of the model it starts from</source>
        <translation>Eine Feinabstimmung behält die Architektur des Ausgangsmodells bei</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images: the run continues its training (step %2, %3 images seen so far) with the same architecture, and writes a new model to the output folder; the model itself is not changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit neuen Bildern feinabstimmen: Das Training wird mit derselben Architektur fortgesetzt (Schritt %2, bisher %3 Bilder gesehen) und schreibt ein neues Modell in den Ausgabeordner; das Modell selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit neuen Bildern feinabstimmen.</translation>
    </message>
    <message>
        <source>Looking at the images…</source>
        <translation>Bilder werden geprüft…</translation>
    </message>
    <message>
        <source>%1 procedural faces, drawn when the run starts.</source>
        <translation>%1 prozedurale Gesichter, gezeichnet beim Start des Trainings.</translation>
    </message>
    <message>
        <source>%1 usable images of %2 image files in %3.</source>
        <translation>%1 verwendbare Bilder von %2 Bilddateien in %3.</translation>
    </message>
    <message>
        <source>the zip file</source>
        <translation>der ZIP-Datei</translation>
    </message>
    <message>
        <source>the folder and its subfolders</source>
        <translation>dem Ordner und seinen Unterordnern</translation>
    </message>
    <message>
        <source>“%1” is not a layer number; give numbers separated by commas, e.g. 3, 5</source>
        <translation>„%1“ ist keine Ebenennummer; geben Sie durch Kommas getrennte Nummern an, z. B. 3, 5</translation>
    </message>
    <message>
        <source>Give at least one pose layer.</source>
        <translation>Geben Sie mindestens eine Pose-Ebene an.</translation>
    </message>
    <message>
        <source>Choose the training images: toyfaces, a folder or a .zip file.</source>
        <translation>Wählen Sie die Trainingsbilder: Toyfaces, einen Ordner oder eine .zip-Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 ist weder ein Ordner noch eine .zip-Datei.</translation>
    </message>
    <message>
        <source>The images cannot be read: %1</source>
        <translation>Die Bilder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no image files (.png, .jpg, .jpeg, .webp, .bmp, .tif or .tiff; subfolders are searched too).</source>
        <translation>%1 enthält keine Bilddateien (.png, .jpg, .jpeg, .webp, .bmp, .tif oder .tiff; Unterordner werden mit durchsucht).</translation>
    </message>
    <message>
        <source>Only %1 usable images (%2 files cannot be used); a run needs at least two.</source>
        <translation>Nur %1 verwendbare Bilder (%2 Dateien sind nicht verwendbar); ein Training braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>%1 of the %2 image files cannot be used and will be skipped:</source>
        <translation>%1 der %2 Bilddateien sind nicht verwendbar und werden übersprungen:</translation>
    </message>
    <message>
        <source>%1 images are smaller than %2 px and will be enlarged, so the model learns blurry pictures.</source>
        <translation>%1 Bilder sind kleiner als %2 px und werden vergrößert, sodass das Modell unscharfe Bilder lernt.</translation>
    </message>
    <message>
        <source>Only %1 images for a batch of %2: the same images repeat within a step.</source>
        <translation>Nur %1 Bilder für einen Batch von %2: Dieselben Bilder wiederholen sich innerhalb eines Schritts.</translation>
    </message>
    <message>
        <source>Choose a folder for the run (checkpoints, samples and the log).</source>
        <translation>Wählen Sie einen Ordner für das Training (Checkpoints, Beispiele und das Protokoll).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose another folder.</source>
        <translation>%1 kann nicht beschrieben werden; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 already holds a run (model.pivq), which a new run would replace; choose another folder.</source>
        <translation>%1 enthält bereits ein Training (model.pivq), das ein neues ersetzen würde; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Unknown preset “%1” (available: %2).</source>
        <translation>Unbekannte Voreinstellung „%1“ (verfügbar: %2).</translation>
    </message>
    <message>
        <source>The resolution must be a power of two from 32 to 1024 px, not %1.</source>
        <translation>Die Auflösung muss eine Zweierpotenz von 32 bis 1024 px sein, nicht %1.</translation>
    </message>
    <message>
        <source>K, the number of object classes, must be between %2 and %3, not %1.</source>
        <translation>K, die Anzahl der Objektklassen, muss zwischen %2 und %3 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Layer %1 does not exist at %2 px: the layers there are 0 to %3.</source>
        <translation>Ebene %1 gibt es bei %2 px nicht: Dort gibt es die Ebenen 0 bis %3.</translation>
    </message>
    <message>
        <source>Layer %1 is listed twice.</source>
        <translation>Ebene %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Unknown VQSN variant “%1” (available: %2).</source>
        <translation>Unbekannte VQSN-Variante „%1“ (verfügbar: %2).</translation>
    </message>
    <message>
        <source>Without VQ the model learns no object masks: there will be nothing to paint in the editor.</source>
        <translation>Ohne VQ lernt das Modell keine Objektmasken: Im Editor gibt es dann nichts zu malen.</translation>
    </message>
    <message>
        <source>The model configuration is not valid: %1</source>
        <translation>Die Modellkonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <source>The batch must be between 1 and %2 images, not %1.</source>
        <translation>Der Batch muss zwischen 1 und %2 Bildern liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The discriminator compares groups of %2 images; with a batch of %1 the groups have %3, which weakens it. A multiple of %2 is better.</source>
        <translation>Der Diskriminator vergleicht Gruppen von %2 Bildern; bei einem Batch von %1 haben die Gruppen %3, was ihn schwächt. Ein Vielfaches von %2 ist besser.</translation>
    </message>
    <message>
        <source>The training configuration is not valid: %1</source>
        <translation>Die Trainingskonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <source>Give a budget above zero: minutes, or thousands of images.</source>
        <translation>Geben Sie ein Budget über null an: Minuten oder Tausende Bilder.</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>Das Modell %1 existiert nicht.</translation>
    </message>
    <message>
        <source>This model cannot be fine-tuned: %1</source>
        <translation>Dieses Modell kann nicht feinabgestimmt werden: %1</translation>
    </message>
    <message>
        <source>This model was saved without its training state: the generator continues from its averaged weights, the discriminator and the optimisers start afresh.</source>
        <translation>Dieses Modell wurde ohne seinen Trainingszustand gespeichert: Der Generator setzt mit seinen gemittelten Gewichten fort, Diskriminator und Optimierer beginnen neu.</translation>
    </message>
    <message>
        <source>A fine-tune keeps the model&apos;s architecture; these choices differ from it: %1</source>
        <translation>Eine Feinabstimmung behält die Architektur des Modells bei; diese Angaben weichen davon ab: %1</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Unbekanntes Gerät „%1“.</translation>
    </message>
    <message>
        <source>There is no usable CUDA GPU (in this LibTorch build or on this machine); choose the CPU or Automatic.</source>
        <translation>Es gibt keine verwendbare CUDA-GPU (in diesem LibTorch-Build oder auf diesem Rechner); wählen Sie CPU oder Automatisch.</translation>
    </message>
    <message>
        <source>%1 px trains very slowly on the CPU (hours for a thousand images); a smaller resolution or a GPU is better.</source>
        <translation>%1 px trainiert auf der CPU sehr langsam (Stunden für tausend Bilder); eine kleinere Auflösung oder eine GPU ist besser.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1: %2 px</source>
        <translation>%1: %2 px</translation>
    </message>
    <message>
        <source>At %1 px the layers are 0 to %2 (feature side): %3</source>
        <translation>Bei %1 px gibt es die Ebenen 0 bis %2 (Seitenlänge der Merkmale): %3</translation>
    </message>
    <message>
        <source>Folder of Training Images</source>
        <translation>Ordner mit Trainingsbildern</translation>
    </message>
    <message>
        <source>Zip File of Training Images</source>
        <translation>ZIP-Datei mit Trainingsbildern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the Run</source>
        <translation>Ordner für das Training</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Start Fine-&amp;tuning</source>
        <translation>&amp;Feinabstimmung starten</translation>
    </message>
    <message>
        <source>Start &amp;Training</source>
        <translation>Training &amp;starten</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingMonitor</name>
    <message>
        <source>Training message</source>
        <translation>Meldung zum Training</translation>
    </message>
    <message>
        <source>No training run yet. Train › New Training Run… starts one.</source>
        <translation>Noch kein Training. Training › Neues Training… startet eines.</translation>
    </message>
    <message>
        <source>How much of the budget is spent</source>
        <translation>Wie viel des Budgets verbraucht ist</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Images seen:</source>
        <translation>Gesehene Bilder:</translation>
    </message>
    <message>
        <source>Training images seen in total (of the budget&apos;s target)</source>
        <translation>Insgesamt gesehene Trainingsbilder (vom Ziel des Budgets)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Training images per second, averaged over the last steps</source>
        <translation>Trainingsbilder pro Sekunde, gemittelt über die letzten Schritte</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Estimated time until the budget is spent</source>
        <translation>Geschätzte Zeit, bis das Budget verbraucht ist</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Vergangen:</translation>
    </message>
    <message>
        <source>Training time of this run so far (pauses not counted)</source>
        <translation>Bisherige Trainingszeit dieses Trainings (ohne Pausen)</translation>
    </message>
    <message>
        <source>Codes in use:</source>
        <translation>Verwendete Codes:</translation>
    </message>
    <message>
        <source>VQ codes used by at least 1% of the assignments, summed over the pose layers</source>
        <translation>VQ-Codes, die bei mindestens 1 % der Zuordnungen gewählt werden, summiert über die Pose-Ebenen</translation>
    </message>
    <message>
        <source>Pause the run after the step in progress; press again to resume</source>
        <translation>Das Training nach dem laufenden Schritt anhalten; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>Training anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>End the run after the step in progress; its checkpoint is saved</source>
        <translation>Das Training nach dem laufenden Schritt beenden; sein Checkpoint wird gespeichert</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <source>Open the newest checkpoint in the editor (saved now if the run has moved on); training goes on</source>
        <translation>Den neuesten Checkpoint im Editor öffnen (jetzt gespeichert, falls das Training weiter ist); das Training läuft weiter</translation>
    </message>
    <message>
        <source>Open checkpoint in the editor</source>
        <translation>Checkpoint im Editor öffnen</translation>
    </message>
    <message>
        <source>Show the run folder (checkpoint, samples, log) in the file manager</source>
        <translation>Den Trainingsordner (Checkpoint, Beispiele, Protokoll) im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Show run folder</source>
        <translation>Trainingsordner zeigen</translation>
    </message>
    <message>
        <source>Loss curves, VQ code usage and the newest sample grid</source>
        <translation>Verlustkurven, Nutzung der VQ-Codes und das neueste Beispielraster</translation>
    </message>
    <message>
        <source>Training views</source>
        <translation>Trainingsansichten</translation>
    </message>
    <message>
        <source>Losses (mean per interval, log scale)</source>
        <translation>Verluste (Mittel je Intervall, logarithmisch)</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>tausend Bilder</translation>
    </message>
    <message>
        <source>Every loss of the run over the images seen; click a legend entry to hide its curve</source>
        <translation>Jeder Verlust des Trainings über den gesehenen Bildern; ein Klick auf einen Legendeneintrag blendet seine Kurve aus</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Verlustkurven</translation>
    </message>
    <message>
        <source>Share of each VQ code per pose layer</source>
        <translation>Anteil jedes VQ-Codes je Pose-Ebene</translation>
    </message>
    <message>
        <source>How often each code (object class) of each pose layer was chosen recently; a code near 0% is not used</source>
        <translation>Wie oft jeder Code (jede Objektklasse) jeder Pose-Ebene zuletzt gewählt wurde; ein Code nahe 0 % wird nicht genutzt</translation>
    </message>
    <message>
        <source>VQ code usage</source>
        <translation>Nutzung der VQ-Codes</translation>
    </message>
    <message>
        <source>The first sample grid appears shortly after training starts</source>
        <translation>Das erste Beispielraster erscheint kurz nach dem Start des Trainings</translation>
    </message>
    <message>
        <source>Fixed images from the data: each row an identity, each column a pose; wheel to zoom</source>
        <translation>Feste Bilder aus den Daten: jede Zeile eine Identität, jede Spalte eine Pose; Mausrad zum Zoomen</translation>
    </message>
    <message>
        <source>Sample grid</source>
        <translation>Beispielraster</translation>
    </message>
    <message>
        <source>Stopping after the step in progress; the checkpoint is being saved…</source>
        <translation>Wird nach dem laufenden Schritt beendet; der Checkpoint wird gespeichert…</translation>
    </message>
    <message>
        <source>toyfaces</source>
        <translation>Toyfaces</translation>
    </message>
    <message>
        <source>Starting: training on %1…</source>
        <translation>Start: Training mit %1…</translation>
    </message>
    <message>
        <source>Starting: fine-tuning %1 on %2…</source>
        <translation>Start: Feinabstimmung von %1 mit %2…</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Trainingsordner: %1</translation>
    </message>
    <message>
        <source>Preparing the data: %1</source>
        <translation>Daten werden vorbereitet: %1</translation>
    </message>
    <message>
        <source>Paused at step %1. Resume to continue.</source>
        <translation>Bei Schritt %1 angehalten. Zum Weitermachen fortsetzen.</translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation>Checkpoint wird gespeichert…</translation>
    </message>
    <message>
        <source>Checkpoint of step %1 saved.</source>
        <translation>Checkpoint von Schritt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Training: step %1</source>
        <translation>Training: Schritt %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>none (no VQ)</source>
        <translation>keine (kein VQ)</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Training fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1.</source>
        <translation>Der letzte gute Checkpoint ist %1.</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Vor Beginn des Trainings beendet; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The run was stopped while its data was loading.</source>
        <translation>Das Training wurde beendet, während seine Daten geladen wurden.</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>Bei Schritt %1 beendet.</translation>
    </message>
    <message>
        <source>Finished at step %1.</source>
        <translation>Bei Schritt %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped.&lt;/b&gt; Its checkpoint was kept: %1</source>
        <translation>&lt;b&gt;Training beendet.&lt;/b&gt; Sein Checkpoint wurde behalten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training finished.&lt;/b&gt; The model is %1</source>
        <translation>&lt;b&gt;Training abgeschlossen.&lt;/b&gt; Das Modell ist %1</translation>
    </message>
    <message>
        <source>Open in Editor opens it.</source>
        <translation>„Im Editor öffnen“ öffnet es.</translation>
    </message>
    <message>
        <source>Saving checkpoint…</source>
        <translation>Checkpoint wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving a checkpoint to open…</source>
        <translation>Ein Checkpoint zum Öffnen wird gespeichert…</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Top row: the poses; left column: the identities; each cell the identity of its row in the pose of its column. Step %1, %2 images seen: %3</source>
        <translation>Oberste Zeile: die Posen; linke Spalte: die Identitäten; jede Zelle zeigt die Identität ihrer Zeile in der Pose ihrer Spalte. Schritt %1, %2 Bilder gesehen: %3</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Beende&amp;n</translation>
    </message>
    <message>
        <source>Open &amp;in Editor</source>
        <translation>&amp;Im Editor öffnen</translation>
    </message>
    <message>
        <source>Show Folde&amp;r</source>
        <translation>Ordne&amp;r zeigen</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Code Usage</source>
        <translation>Code-Nutzung</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fortset&amp;zen</translation>
    </message>
</context>
</TS>
